# escape=`
# A private Windows base the facts do not know: its SHELL says what it is.
FROM registry.example.com/platform/win-runtime:2024.06
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
USER ContainerUser
COPY app/ /app/
