# expect DF001 @+1:1 "`pecl install` (line 3)"
FROM php:8.3.14-cli-alpine3.20
RUN pecl install redis-6.1.0 && docker-php-ext-enable redis
