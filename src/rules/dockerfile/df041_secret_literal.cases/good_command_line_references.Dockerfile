# syntax=docker/dockerfile:1
FROM ubuntu:24.04
# References, secret mounts, prompts and hashes put no password into the file.
RUN --mount=type=secret,id=app_pw echo "app:$(cat /run/secrets/app_pw)" | chpasswd
RUN echo "app:${APP_PASSWORD}" | chpasswd
RUN echo 'app:$6$rounds=5000$saltsalt$hash' | chpasswd -e
RUN net user builder * /add
RUN curl -u "$CI_USER:$CI_PASSWORD" -fsSL https://artifacts.shop.io/a -o /tmp/a && curl -u ci https://artifacts.shop.io/b
RUN mysql -p shop -e 'select 1' && mysql -p"$MYSQL_PASSWORD" -e 'select 1'
RUN --mount=type=secret,id=pw ./configure --password="$(cat /run/secrets/pw)" --password-file=/run/secrets/pw
