FROM python:3.12-slim
# expect DF050 @+1:5
CMD python -m app
