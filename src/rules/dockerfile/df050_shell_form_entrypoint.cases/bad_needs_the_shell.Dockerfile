# Each command means something else without /bin/sh: no fix is offered.
FROM debian:12 AS tilde
# expect DF050 @+1:12
ENTRYPOINT ~/bin/start --data ~
FROM debian:12 AS assigned-tilde
# expect DF050 @+1:5
CMD run --data=~/x --path=/a:~/b
FROM debian:12 AS glob
# expect DF050 @+1:5
CMD run /etc/*.conf
FROM debian:12 AS variable
# expect DF050 @+1:5
CMD run "$HOME"
FROM debian:12 AS braces
# expect DF050 @+1:5
CMD cp /a/{x,y} /b
FROM debian:12 AS builtin
# expect DF050 @+1:5
CMD exec nginx
FROM debian:12 AS echo-escapes
# expect DF050 @+1:5
CMD echo 'a\tb'
