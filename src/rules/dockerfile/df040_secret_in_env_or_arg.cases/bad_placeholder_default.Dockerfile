FROM python:3.12-slim
# A placeholder default is not a secret, but the name invites `--build-arg SECRET_KEY=<real>`,
# which the image history records: reported like a bare ARG.
# expect DF040 @+1:5 "looks like a credential"
ARG SECRET_KEY=dummy
RUN SECRET_KEY=$SECRET_KEY python manage.py collectstatic --noinput
