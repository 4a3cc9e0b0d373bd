FROM golang:1.23.4-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
# expect DF022 @+1:5 "`go mod download` downloads every module again"
RUN go mod download
COPY . .
# expect DF022 @+1 "/root/.cache/go-build"
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server
# expect DF022 @+1:5
RUN go install github.com/pressly/goose/v3/cmd/goose@v3.24.1
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
