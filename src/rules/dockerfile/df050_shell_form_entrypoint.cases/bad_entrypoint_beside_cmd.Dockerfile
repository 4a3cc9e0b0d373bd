# A shell-form ENTRYPOINT ignores CMD; in exec form it would get CMD as arguments: no fix.
FROM debian:12
# expect DF050 @+1:12
ENTRYPOINT run
CMD ["--port", "80"]
