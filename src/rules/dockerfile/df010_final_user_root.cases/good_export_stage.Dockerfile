# The last stage only collects binaries for `docker build --output`: no container runs from it.
FROM golang:1.23.4-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/tool ./cmd/tool
FROM scratch AS binaries
COPY --from=build /out/tool /
