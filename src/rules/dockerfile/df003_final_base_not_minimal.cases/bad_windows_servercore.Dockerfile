# escape=`
# expect DF003 @+1:6 "a full distribution; use a Nano Server base"
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
COPY app/ C:/app/
CMD ["C:/app/server.exe"]
