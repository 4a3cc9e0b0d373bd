# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
COPY tool C:/tool
# Switching to the administrator account for the final image keeps it there.
# expect DF010 @+1:1 "ContainerAdministrator"
USER ContainerAdministrator
CMD ["C:/tool/tool.exe"]
