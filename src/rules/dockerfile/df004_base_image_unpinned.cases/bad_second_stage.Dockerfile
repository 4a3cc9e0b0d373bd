FROM golang:1.22 AS build
# expect DF004 @+1:6
FROM alpine
