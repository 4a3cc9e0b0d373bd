# .NET's nanoserver tags run as ContainerUser too.
FROM mcr.microsoft.com/dotnet/runtime:8.0.11-nanoserver-ltsc2022
COPY app/ C:/app/
