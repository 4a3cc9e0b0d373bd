# expect DF071 @+1:13
FROM python:${PYTHON_VERSION}-slim
