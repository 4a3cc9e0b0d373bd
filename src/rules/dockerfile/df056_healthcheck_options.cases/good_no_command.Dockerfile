FROM nginx:1.27.3-alpine
# No probe at all is a parse error (DF074), not a probe left at its defaults.
HEALTHCHECK --interval=30s CMD
