FROM golang:1.23.4-bookworm
COPY . /go/src/app
# Where $GOPATH points, the file does not say.
RUN chown -R 1000:1000 "$GOPATH"
# Options before the owner are not the owner.
COPY static/ /srv/static/
RUN chown -R --from=root nobody /opt/cache
