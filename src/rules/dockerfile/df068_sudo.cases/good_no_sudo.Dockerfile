FROM ubuntu:24.04
USER root
RUN echo sudo is just a word here && apt-get install -y --no-install-recommends sudo
