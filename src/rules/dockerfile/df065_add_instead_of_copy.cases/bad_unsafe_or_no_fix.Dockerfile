FROM alpine:3.20
# A file whose name does not say what it holds may be a tar ADD unpacks: unsafe fix.
# expect DF065 @+1:1
ADD bundle /opt/bundle
# A glob may match an archive: unsafe fix.
# expect DF065 @+1:1
ADD conf/*.d /etc/app/
# Beside a URL, COPY could not fetch it: no fix.
# expect DF065 @+2:1
# expect DF065 @+1:12
ADD app.py https://example.com/tool.py /app/
# Beside an archive, COPY would stop unpacking it: no fix.
# expect DF065 @+1:1
ADD app.py vendor.tar.gz /app/
