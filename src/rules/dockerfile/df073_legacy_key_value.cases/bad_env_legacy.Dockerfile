FROM alpine:3.20
# expect DF073 @+1:5
ENV APP_HOME /app
