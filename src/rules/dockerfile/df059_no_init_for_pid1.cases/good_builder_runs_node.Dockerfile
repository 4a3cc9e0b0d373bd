FROM node:22.12.0-alpine AS build
CMD ["npm", "test"]

FROM nginx:1.27.3-alpine
COPY --from=build /app/dist /usr/share/nginx/html
