FROM alpine:3.20
# Quotes are removed before the names are declared: these are DB_PASSWORD and API_TOKEN.
# expect DF040 @+1:5
ARG "DB_PASSWORD"=changeme
# expect DF040 @+1:12
ENV LANG=C 'API_TOKEN'="abc123"
