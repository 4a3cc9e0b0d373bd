# escape=`
# targets nano,insider,powershell
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS installer
SHELL ["powershell", "-Command"]
RUN Expand-Archive C:/tool.zip -DestinationPath C:/tool
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS nano
COPY --from=installer C:/tool C:/tool
FROM mcr.microsoft.com/windows/nanoserver/insider:10.0.26100.1 AS insider
COPY --from=installer C:/tool C:/tool
FROM mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022 AS powershell
COPY --from=installer C:/tool C:/tool
