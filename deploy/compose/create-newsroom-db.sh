#!/bin/sh
# Runs once, when the postgres container initialises its data: creates the newsroom CMS database beside
# POSTGRES_DB (factstream) and applies the local stack's SQL to each, as deploy/local/stack.sh does:
# the CMS schema to newsroom, the outbox publication to factstream.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "create database newsroom owner $POSTGRES_USER"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname newsroom \
  -f /docker-entrypoint-initdb.d/newsroom/cms-schema.sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -f /docker-entrypoint-initdb.d/factstream/outbox-publication.sql
