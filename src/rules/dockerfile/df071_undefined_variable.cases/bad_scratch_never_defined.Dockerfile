FROM scratch
# expect DF071 @+1:15
COPY app /opt/${NAME}/app
