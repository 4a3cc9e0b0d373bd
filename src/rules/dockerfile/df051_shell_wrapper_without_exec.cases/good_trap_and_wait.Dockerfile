FROM alpine:3.21
COPY app /usr/local/bin/app
CMD ["sh", "-c", "trap 'kill $PID' TERM; app & PID=$!; wait $PID"]
