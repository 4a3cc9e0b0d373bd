FROM debian:12-slim
# COPY cannot fetch the URL, so turning this ADD into COPY would fail the build: no fix.
# expect DF065 @+2:1
# expect DF065 @+1:5
ADD https://example.com/certs/shop-ca.pem settings.ini /etc/shop/
