#!/bin/sh
# Refuses a deployment's secrets while any is unset, empty, short or well known, so that docker-compose.yml (service
# secrets-check) and the Kubernetes initContainers stop before a service starts with them.
#   check-secrets.sh VARIABLE...
# Each argument names an environment variable to check; FACTSTREAM_EDITORS_ACCOUNTS_FILE names a file. Prints one
# line per problem and exits 1, or one line and exits 0. POSIX sh: it runs under dash and busybox.
DOCS=docs/operations.md#securing-a-deployment
# The hash in deploy/local/demo/editors, whose password is published (CheckSecretsScriptTest keeps them equal).
DEMO_HASH='pbkdf2-sha256$600000$JD1RqU3GZ8aBJdy2GKIupg==$aRPxUPSFBvsgj6kIHfiiL9t8Be3wz/AN/nSY2+YXvnM='
problems=0

# What is wrong with $name; the line says what to set it to instead.
refuse() {
  echo "$1: set $name to $set_to (see $DOCS)" >&2
  problems=$((problems + 1))
}

# Ignoring case: the local demo's values, the tests', the images' defaults and the placeholder of env.example.
is_well_known() {
  case $(printf '%s' "$1" | tr 'A-Z' 'a-z') in
    factstream | factstream-demo | changeme | change-me | password | secret | elastic | admin | postgres \
      | test-newsroom-key) return 0 ;;
  esac
  return 1
}

# $1: the value, $2: how it is called in the message
check_value() {
  if is_well_known "$1"; then
    refuse "$2 is a well-known default"
  elif [ "${#1}" -lt "$minimum" ]; then
    refuse "$2 is shorter than $minimum characters"
  fi
}

check_each_key() {
  keys=0
  set -f
  old_ifs=$IFS
  IFS=,
  for key in $1; do
    [ -n "$key" ] || continue
    keys=$((keys + 1))
    check_value "$key" "key $keys of $name"
  done
  IFS=$old_ifs
  set +f
  [ "$keys" -gt 0 ] || refuse "$name holds no key"
}

check_accounts_file() {
  if [ ! -f "$1" ] || [ ! -r "$1" ]; then
    refuse "$name names $1, which is not a readable file"
  elif grep -qF "$DEMO_HASH" "$1"; then
    refuse "$name names $1, which holds the demo's account (its password is published)"
  elif ! grep -Eq '^[[:space:]]*[^#[:space:]]' "$1"; then
    refuse "$name names $1, which holds no account"
  fi
}

[ $# -gt 0 ] || { echo "usage: $0 VARIABLE..." >&2; exit 2; }
for name in "$@"; do
  case $name in
    '' | [0-9]* | *[!A-Za-z0-9_]*) echo "not a variable name: '$name'" >&2; exit 2 ;;
    FACTSTREAM_EDITORS_ACCOUNTS_FILE)
      check=check_accounts_file
      set_to="a file of accounts of your own, one 'name roles hash' a line, each hash from make editor-password" ;;
    FACTSTREAM_INGEST_API_KEYS)
      check=check_each_key minimum=12
      set_to="one or more keys of 12 or more random characters, separated by commas" ;;
    FACTSTREAM_SESSION_KEY)
      check=check_value minimum=16
      set_to="16 or more random characters, the same on every query instance" ;;
    *)
      check=check_value minimum=12
      set_to="12 or more random characters" ;;
  esac
  eval "is_set=\${$name+set} value=\${$name-}"
  if [ -z "$is_set" ]; then
    refuse "$name is not set"
  elif [ -z "$value" ]; then
    refuse "$name is empty"
  else
    "$check" "$value" "$name"
  fi
done

[ "$problems" -eq 0 ] || exit 1
echo "secrets checked: $*"
