# The official images build in one RUN and drop the build dependencies by marking every
# package automatic and purging what nothing needs.
FROM debian:12.8-slim
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends gcc make libssl-dev; \
	make -C /usr/src/app install; \
	apt-mark auto '.*' > /dev/null; \
	apt-mark manual $savedAptMark; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	rm -rf /var/lib/apt/lists/*
