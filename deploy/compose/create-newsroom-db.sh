#!/bin/sh
# Runs once, when the postgres container initialises its data: creates the newsroom CMS database beside
# POSTGRES_DB and applies the CMS schema of the local stack (deploy/local/cms-schema.sql) to it.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "create database newsroom owner $POSTGRES_USER"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname newsroom \
  -f /docker-entrypoint-initdb.d/newsroom/cms-schema.sql
