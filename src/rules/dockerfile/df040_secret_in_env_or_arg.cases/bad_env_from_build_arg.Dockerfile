FROM node:22-slim
# expect DF040 @+1:5
ARG NPM_TOKEN
# The build argument's value is copied into the image config.
# expect DF040 @+1:5 "bakes a credential"
ENV NPM_TOKEN=${NPM_TOKEN}
