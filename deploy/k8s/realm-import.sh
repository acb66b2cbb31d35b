#!/usr/bin/env bash
# Writes a Keycloak realm file into an overlay's realm/ directory as realm.json, the patch that gives the overlay's
# KeycloakRealmImport (realm/realm-import.yaml) its realm. realm.json is generated, never committed (.gitignore).
#
#   deploy/k8s/realm-import.sh deploy/keycloak/madoguchi-realm.json deploy/k8s/overlays/local/realm
#   ./madoguchi production-realm     # writes deploy/devstack/target/madoguchi-realm.production.json
#   deploy/k8s/realm-import.sh deploy/devstack/target/madoguchi-realm.production.json deploy/k8s/overlays/production/realm
#
# The production overlay refuses the development realm: a realm with a client that allows the password grant
# (madoguchi-cli) or with a user marked sample=true does not belong in a city's namespace.
set -euo pipefail

if [ $# -ne 2 ] || [ ! -f "$1" ] || [ ! -d "$2" ]; then
  echo "usage: $0 <realm file> <overlay realm directory>" >&2
  exit 2
fi
realm_file=$1
out_dir=$2

if [ "$(basename "$(cd "$out_dir/.." && pwd)")" != "local" ]; then
  if grep -Eq '"directAccessGrantsEnabled"[[:space:]]*:[[:space:]]*true' "$realm_file" \
     || grep -Eq '"sample"[[:space:]]*:[[:space:]]*\[[[:space:]]*"true"' "$realm_file"; then
    echo "$realm_file has a password-grant client or sample users: only overlays/local takes the development realm;" >&2
    echo "make the production realm with ./madoguchi production-realm (deploy/keycloak/README.md)" >&2
    exit 1
  fi
fi

{
  printf '{"apiVersion":"k8s.keycloak.org/v2alpha1","kind":"KeycloakRealmImport","metadata":{"name":"madoguchi"},"spec":{"realm":'
  cat "$realm_file"
  printf '}}\n'
} > "$out_dir/realm.json"
echo "wrote $out_dir/realm.json from $realm_file; apply it with: kubectl apply -k $out_dir"
