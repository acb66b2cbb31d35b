#!/bin/bash
# Runs once, on the first start of an empty PostgreSQL data volume (docker-entrypoint-initdb.d): one login role and
# one database it owns per service, and Keycloak's. Each service's Flyway migrations then create its tables.
set -euo pipefail

create() {
  local database=$1 role=$2 password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="$role" -v password="$password" -v database="$database" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
SQL
}

create procedures   procedures   "$PROCEDURES_DB_PASSWORD"
create applications applications "$APPLICATIONS_DB_PASSWORD"
create lending      lending      "$LENDING_DB_PASSWORD"
create notification notification "$NOTIFICATION_DB_PASSWORD"
create gateway      gateway      "$GATEWAY_DB_PASSWORD"
create keycloak     keycloak     "$KEYCLOAK_DB_PASSWORD"
