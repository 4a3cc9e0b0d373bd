FROM debian:12-slim
RUN useradd app
USER app
# expect DF010 @+1:1
USER root
