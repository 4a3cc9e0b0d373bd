# Server Core names no default user: it runs as ContainerAdministrator.
# expect DF010 @+1:1 "runs as ContainerAdministrator"
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Write-Host 'installing'
CMD ["powershell"]
