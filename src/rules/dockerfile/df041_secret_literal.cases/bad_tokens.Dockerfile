FROM alpine:3.20
# expect DF041 @+1:41
RUN apk add --no-cache git && git clone https://x-access-token:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/org/repo.git
# expect DF041 @+1:12
RUN export API_TOKEN=9f8e7d6c5b4a39281706 && ./deploy.sh
# expect DF041 @+1:3
# AKIAIOSFODNN7EXAMPLF was the old key
