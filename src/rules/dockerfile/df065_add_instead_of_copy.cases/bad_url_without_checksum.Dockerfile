FROM alpine:3.20
# expect DF065 @+1:5
ADD https://example.com/tool.tar.gz /opt/
