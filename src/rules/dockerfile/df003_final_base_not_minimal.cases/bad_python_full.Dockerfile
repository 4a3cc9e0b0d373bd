# expect DF003 @+1:6
FROM python:3.12.8-bookworm
