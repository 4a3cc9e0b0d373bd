FROM debian:12-slim
RUN apt-get install -y curl && apt-get install --yes git && apt-get -qq install jq && apt-get install -qy make
