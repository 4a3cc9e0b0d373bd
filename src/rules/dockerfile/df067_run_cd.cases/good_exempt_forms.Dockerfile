FROM debian:12.8-slim
WORKDIR /src
RUN (cd /src/lib && make) && make install
RUN mkdir -p /opt/build && cd /opt/build && cmake /src && make
RUN git clone https://example.com/repo.git /usr/local/src/repo && cd /usr/local/src/repo && make install
RUN cd /tmp/work && make
RUN curl -fsSL https://example.com/x.tgz | tar -xz -C /usr/local/x && cd /usr/local/x && ./install.sh
RUN for d in a b; do (cd "$d" && make); done
RUN cd "$HOME" && ls
RUN sh -c 'cd /src && make'
RUN cd /
SHELL ["pwsh", "-Command"]
RUN cd C:\app; dotnet build
