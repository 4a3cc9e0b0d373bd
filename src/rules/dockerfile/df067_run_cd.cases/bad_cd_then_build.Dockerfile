FROM golang:1.23.4-bookworm
# expect DF067 @+1:5
RUN cd /src && go build ./...
# expect DF067 @+2:5
RUN set -eux; \
    cd /app; \
    make
