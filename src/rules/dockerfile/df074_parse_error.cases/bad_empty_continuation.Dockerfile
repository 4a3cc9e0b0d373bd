FROM alpine:3.20
# expect DF074 @+3:1
RUN echo a \

  b
