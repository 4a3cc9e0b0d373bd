FROM mcr.microsoft.com/dotnet/runtime-deps:8.0
# expect DF074 @+1:1
{{if ARGS["is-internal"]:
set dotnet_version={{VARIABLES["dotnet|8.0|product-version"]}}
}}
