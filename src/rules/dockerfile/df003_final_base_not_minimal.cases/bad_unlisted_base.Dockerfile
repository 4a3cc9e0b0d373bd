# A private base may be small or not: the message says only that it is not on the list.
# expect DF003 @+1:6 "not on the minimal-base list"
FROM registry.example.com/platform/runtime:2024.12
COPY app /app
