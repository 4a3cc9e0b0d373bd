# CMD is the ENTRYPOINT's arguments: `/bin/sh -c "run app"` there, `run app` in exec form: no fix.
FROM debian:12
ENTRYPOINT ["tini", "--"]
# expect DF050 @+1:5
CMD run app
