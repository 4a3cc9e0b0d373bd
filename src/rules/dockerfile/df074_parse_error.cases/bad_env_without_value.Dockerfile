FROM alpine:3.20
# expect DF074
ENV PATH
