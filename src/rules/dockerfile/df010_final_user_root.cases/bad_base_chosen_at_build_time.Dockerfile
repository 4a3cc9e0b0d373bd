# The base comes from a build argument with no default: its user is not known here.
ARG IMAGE
FROM $IMAGE
WORKDIR /repo
COPY . .
