# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
# On Windows `/root` is just C:\root: no home directory locked to an administrator.
COPY tools/ /root/tools/
ENV PATH="C:\Windows\system32;C:\Windows;/root/tools"
USER ContainerUser
