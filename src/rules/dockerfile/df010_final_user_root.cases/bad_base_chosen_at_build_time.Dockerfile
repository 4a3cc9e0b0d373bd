# The base comes from a build argument with no default: its user is not known here, which is
# said at info rather than left silent.
ARG IMAGE
# expect DF010 @+1:1 "cannot verify the user: the base comes from ARG IMAGE with no default"
FROM $IMAGE
WORKDIR /repo
COPY . .
