FROM debian:12.8-slim
# expect DF071 @+1:9
WORKDIR $APP_HOME
ENV APP_HOME=/srv/app
