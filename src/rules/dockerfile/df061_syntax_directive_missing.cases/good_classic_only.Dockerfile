FROM alpine:3.20
COPY --chown=1000:1000 --from=busybox:1.36 /bin/busybox /bin/busybox
RUN echo "<<EOF is only text here"
