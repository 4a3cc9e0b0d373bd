# A quoted ~ is literal to the shell too, so exec form means the same.
FROM debian:12
# expect DF050 @+1:5
CMD run '~' "~/x" a~b
