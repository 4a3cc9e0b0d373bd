FROM debian:12-slim
# Quiet level 2 implies `-y`, whether written `-qq` or `-q -q`.
RUN apt-get -q -q install curl
