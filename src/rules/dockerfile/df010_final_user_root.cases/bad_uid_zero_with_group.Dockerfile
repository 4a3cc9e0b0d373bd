FROM debian:12-slim
# expect DF010 @+1:1
USER 0:0
