#!/bin/sh
npm run migrate
"$@"
