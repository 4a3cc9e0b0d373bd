FROM ubuntu:24.04
# expect DF041 @+1:10 "`chpasswd` is given a literal password"
RUN echo 'root:root' | chpasswd
# expect DF041 @+1:18 "a weak one"
RUN chpasswd <<< "deploy:Summer2024"
# expect DF041 @+1:22 "`net user` is given"
RUN net user builder P@ssw0rd1 /add
# expect DF041 @+1:13 "`curl -u` is given"
RUN curl -u ci:Zq8vN3xK7pR2mW5t -fsSL https://artifacts.shop.io/app.tar.gz -o /tmp/app.tar.gz
# expect DF041 @+1:18 "`mysql -p` is given"
RUN mysql -uroot -pSecret -e 'CREATE DATABASE shop'
# expect DF041 @+1:17 "`--password=` is given"
RUN ./configure --password=hunter2 --password-file=/run/secrets/admin
# expect DF041 @+1:10 "`passwd` is given"
RUN echo s3cr3t | passwd --stdin app
