FROM golang:1.23.4 AS build
# expect DF072 @+1:23
FROM golang:1.23.4 AS build
# expect DF072 @+1:21
FROM alpine:3.20 AS scratch
# expect DF072 @+1:21
FROM alpine:3.20 AS 1st
