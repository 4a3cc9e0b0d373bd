FROM php:8.3.14-fpm-bookworm AS extensions
RUN pecl install redis-6.1.0 && docker-php-ext-enable redis
FROM php:8.3.14-fpm-bookworm
COPY --from=extensions /usr/local/lib/php/extensions/ /usr/local/lib/php/extensions/
COPY --from=extensions /usr/local/etc/php/conf.d/ /usr/local/etc/php/conf.d/
