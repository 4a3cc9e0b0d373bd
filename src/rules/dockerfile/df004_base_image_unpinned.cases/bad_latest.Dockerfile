# expect DF004 @+1:6
FROM python:latest AS base
