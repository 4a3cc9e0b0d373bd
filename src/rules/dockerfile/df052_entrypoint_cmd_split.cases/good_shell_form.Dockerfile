# Shell form is DF050's concern.
FROM alpine:3.21
CMD app --serve
