FROM alpine:3.20
# expect DF065 @+1:1
ADD app.py /app/
# expect DF065 @+1:1
add --chown=1000 config/ /etc/app/
