# option allowed-bases=registry.example.com/base/*
FROM registry.example.com/base/runtime:2024.12 AS production
FROM scratch
