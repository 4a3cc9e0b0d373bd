FROM debian:12-slim
# The next RUN installs from these lists without updating them: removing them here would fail it,
# so no fix is offered for this RUN.
# expect DF031 @+1:1
RUN apt-get update && apt-get install -y --no-install-recommends netbase
# expect DF031 @+1:1
RUN apt-get install -y --no-install-recommends less
