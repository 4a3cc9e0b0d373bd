FROM alpine:3.20
# expect DF040 @+1:5
ARG DB_PASSWORD=hunter2
