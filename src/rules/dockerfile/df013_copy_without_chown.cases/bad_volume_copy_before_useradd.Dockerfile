FROM debian:12-slim
WORKDIR /srv/shop
VOLUME ["/srv/shop/uploads", "/var/cache/shop"]
# The account is made only below: `--chown=shop` here would fail the build, so no fix is offered.
# expect DF013
COPY seed/ uploads/
RUN useradd --uid 10001 shop
# Once it exists, the fix applies.
# expect DF013
COPY defaults.conf /var/cache/shop/
USER shop
