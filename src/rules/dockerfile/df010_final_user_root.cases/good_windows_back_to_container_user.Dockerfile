# escape=`
FROM mcr.microsoft.com/windows/nanoserver:1809
# The administrator only for the step that needs it, then back to the default account.
USER ContainerAdministrator
RUN setx PATH "%PATH%;C:\tool;" /M
USER ContainerUser
COPY tool C:/tool
CMD ["tool.exe"]
