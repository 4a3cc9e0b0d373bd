# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
USER ContainerAdministrator
RUN mkdir C:\app
USER ContainerUser
