FROM alpine:3.20
# expect DF074 @+1:5
RUN <<EOF
echo never ends
