ARG NanoRepo=mcr.microsoft.com/powershell
FROM ${NanoRepo}:lts-nanoserver-ltsc2022 AS base
FROM base AS final
COPY app.exe C:/app/app.exe
CMD ["C:/app/app.exe"]
