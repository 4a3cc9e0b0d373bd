FROM ubuntu:24.04
# expect DF068
RUN sh -c 'sudo make install'
