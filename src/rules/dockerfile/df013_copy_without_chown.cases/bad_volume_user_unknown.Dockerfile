FROM registry.example.com/team/runtime:2.1
WORKDIR /srv
VOLUME /srv/cache
# Nothing shows `worker` exists at this COPY: the fix is offered as unsafe.
# expect DF013
COPY warm/ cache/
USER worker
