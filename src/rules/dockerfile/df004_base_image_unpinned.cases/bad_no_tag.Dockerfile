# expect DF004 @+1:6
FROM ubuntu
