FROM alpine:3.20
# A known token format is a token even with a placeholder-looking word in it.
# expect DF041 @+1:23 "GitHub token"
ENV GIT_ASKPASS_VALUE=ghp_fakeAbcdefghijklmnopqrstuvwxyz012345
# A generated password is a secret, even for a local database.
# expect DF041 @+1:18 "URL with a password"
ENV DATABASE_URL=postgres://shop:Zq8vN3xK7pR2mW5t@localhost/shop
# A weak password to a remote host is still that host's password.
# expect DF041 @+1:15 "a weak password, to a remote host"
RUN git clone https://deploy:hunter2@git.shop.io/shop/app.git /src
