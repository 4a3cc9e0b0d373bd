# expect DF054 @+1:1 "C:/app/healthcheck.exe"
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
COPY app/ C:/app/
CMD ["C:/app/server.exe"]
