FROM python:3.12-slim
# A build step that needs some value, not a real one.
RUN SECRET_KEY=dummy python manage.py collectstatic --noinput
RUN DJANGO_SECRET_KEY=build-only-not-a-secret python manage.py compilemessages
# A throwaway local database for a build-time check.
RUN PGPASSWORD=postgres psql -h localhost -U postgres -c 'select 1' || true
ENV DATABASE_URL=postgres://postgres:postgres@localhost/shop CACHE_URL=redis://:pass@redis:6379/0
# Release-signing key fingerprints and download checksums are public.
RUN gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys 7169605F62C751356D054A26A821E680E5FA6305
RUN echo "3f2b8c1e9a7d4f6b8c1e9a7d3f6b5f2b3f2b8c1e9a7d4f6b8c1e9a7d3f6b5f2b  /tmp/node.tar.gz" | sha256sum -c -
# The access key AWS documents as its example, and a token format filled with x.
RUN aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE
# ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx goes into GH_TOKEN at run time
