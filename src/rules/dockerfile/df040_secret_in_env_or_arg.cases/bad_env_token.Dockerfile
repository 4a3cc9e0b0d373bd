FROM alpine:3.20
# expect DF040 @+1:5
ENV GITHUB_TOKEN=0f9e8d7c6b5a4f3e2d1c
