FROM alpine:3.20
# expect DF064 @+1:1
MAINTAINER Jane Doe <jane@example.com>
