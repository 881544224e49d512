#!/usr/bin/env bash
# Runs the reference corpus import (services/corpus-import) with the class path the build left in its
# target/classpath.txt (`make build`, or `make import-corpus`, which compiles first).
# Usage: deploy/local/import-corpus.sh FILE [--es http://host:port] [--state DIR] [--index NAME] [--restart] [--batch N]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
MODULE="$REPO/services/corpus-import"
[[ -f "$MODULE/target/classpath.txt" ]] || { echo "$MODULE/target/classpath.txt is missing: build first (make build)" >&2; exit 1; }
JAVA="$("$HERE/find-jdk.sh")/bin/java"
exec "$JAVA" -Xmx512m --enable-native-access=ALL-UNNAMED -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dfactstream.embedding.cache-dir="$REPO/.work/djl" \
  -cp "$MODULE/target/classes:$(cat "$MODULE/target/classpath.txt")" io.factstream.corpus.CorpusImport "$@"
