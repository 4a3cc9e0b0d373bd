# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN --mount=type=secret,id=gh_token,env=GH_TOKEN git clone https://x-access-token:${GH_TOKEN}@github.com/org/repo.git
RUN export API_TOKEN=changeme && ./configure
RUN export API_TOKEN="$(cat /run/secrets/api)" && ./deploy.sh
RUN PASSWORD=short ./x
RUN curl -fsSL https://example.com/install.sh -o /tmp/i.sh
