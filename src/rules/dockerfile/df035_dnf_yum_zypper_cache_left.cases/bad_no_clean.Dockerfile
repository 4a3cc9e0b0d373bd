FROM registry.access.redhat.com/ubi9/ubi:9.5
# expect DF035 @+1:5
RUN dnf install -y python3.12 && echo installed
# expect DF035 @+1:5
RUN yum install -y httpd
FROM opensuse/leap:15.6
# expect DF035 @+1:5
RUN zypper --non-interactive install curl
