# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
RUN mkdir C:\app
USER ContainerUser
COPY app.exe C:\app\app.exe
COPY config/ C:/app/config/
