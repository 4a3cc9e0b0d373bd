# Shell form runs under the SHELL the stage set, not /bin/sh: no fix.
FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# expect DF050 @+1:5
CMD run app
