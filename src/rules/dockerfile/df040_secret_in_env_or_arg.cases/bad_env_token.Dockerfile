FROM alpine:3.20
# expect DF040 @+1:5
ENV GITHUB_TOKEN=ghp_example
