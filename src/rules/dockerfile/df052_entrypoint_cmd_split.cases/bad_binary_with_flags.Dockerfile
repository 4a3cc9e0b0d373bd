FROM gcr.io/distroless/static-debian12:nonroot
COPY app /app
# expect DF052 @+1:6
CMD ["/app", "--listen", ":8080"]
