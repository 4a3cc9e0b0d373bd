FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN setx /M PATH "%PATH%;C:\tool"
# Windows account names are case-insensitive.
# expect DF010 @+1:1 "containeradministrator"
USER containeradministrator
