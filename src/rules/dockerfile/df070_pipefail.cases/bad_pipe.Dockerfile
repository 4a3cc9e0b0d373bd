FROM debian:12-slim
# expect DF070 @+1:5
RUN curl -fsSL https://example.com/install.sh | sh
