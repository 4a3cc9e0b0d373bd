# escape=`
# Windows images run shell form with cmd: `^|` is cmd's escaped pipe, not sh's.
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS installer
RUN powershell -Command `
        $sum = (Get-Content sums.txt ^| Where-Object { $_ -match 'dotnet' }); `
        Write-Host $sum

FROM installer
RUN type C:\sums.txt | findstr dotnet
