FROM ubuntu:24.04
# expect DF068 @+1:23
RUN apt-get update && sudo apt-get install -y --no-install-recommends curl
