ARG BASE=node
# expect DF004 @+1:6
FROM ${BASE}
