# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Invoke-WebRequest https://nodejs.org/dist/v22.12.0/node-v22.12.0-x64.msi -OutFile node.msi; `
    Start-Process msiexec.exe -Wait -ArgumentList '/i node.msi /quiet'; `
    Remove-Item node.msi
WORKDIR C:/app
COPY . .
USER ContainerUser
# Windows containers have no PID 1 for tini or dumb-init to stand in for.
CMD ["node", "server.js"]
