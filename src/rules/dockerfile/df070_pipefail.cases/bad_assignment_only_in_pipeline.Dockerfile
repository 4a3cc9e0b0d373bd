FROM debian:12-slim
# expect DF070 @+1:6
RUN |V=
