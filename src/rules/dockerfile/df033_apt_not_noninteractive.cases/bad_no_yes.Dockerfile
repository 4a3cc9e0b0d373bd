FROM debian:12-slim
# expect DF033 @+1:23
RUN apt-get update && apt-get install --no-install-recommends curl
