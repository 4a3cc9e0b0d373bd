# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["cmd", "/S", "/C"]
# Accounts on Windows are made with `net user` and named in any case.
RUN net user /add svc
USER svc
USER containeruser
