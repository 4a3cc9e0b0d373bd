#!/bin/sh
docker buildx build --build-context templates=./templates -t app .
