FROM python:3.12.8-slim-bookworm
