FROM node:22.12.0-bookworm-slim
# `warn` is the value of `--loglevel`, not a package: this installs from package.json.
# expect DF027 @+1:5
RUN npm install --loglevel warn
