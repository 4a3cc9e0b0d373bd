# Insider builds of Nano Server run as ContainerUser too.
FROM mcr.microsoft.com/windows/nanoserver/insider:10.0.26100.1
COPY app.exe C:/app/app.exe
CMD ["C:/app/app.exe"]
