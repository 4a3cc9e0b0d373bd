FROM alpine:3.20
# expect DF074 @+1:6
COPY --chwon=app:app . /app
# expect DF074 @+1:5
RUN --network=bridge true
