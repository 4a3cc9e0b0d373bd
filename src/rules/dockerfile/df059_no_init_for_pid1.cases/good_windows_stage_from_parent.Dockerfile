ARG BaseImage=mcr.microsoft.com/windows/nanoserver:ltsc2022
FROM ${BaseImage} AS runtime
FROM runtime
COPY node/ C:/node/
ENV PATH="C:\\Windows\\system32;C:\\Windows;C:\\node"
CMD ["node", "server.js"]
