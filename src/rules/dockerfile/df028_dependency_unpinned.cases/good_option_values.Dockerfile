FROM python:3.12.8-slim-bookworm
# The values of `--trusted-host` and `--loglevel` are no packages.
RUN pip install --no-cache-dir --trusted-host pypi.internal flask==3.1.0
RUN npm install --loglevel warn lodash@4.17.21
RUN apt-get install -y --no-install-recommends -t bookworm-backports curl=7.88.1-10+deb12u8
