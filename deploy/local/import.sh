#!/usr/bin/env bash
# Runs an import of services/corpus-import with the class path the build left in its target/classpath.txt
# (`make build`, or `make import-corpus` / `make import-factchecks`, which compile first).
# Usage: deploy/local/import.sh corpus|factchecks FILE [--es http://host:port] [--state DIR] [--index NAME] [--restart] [--batch N]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
MODULE="$REPO/services/corpus-import"
case "${1:-}" in
  corpus) MAIN=io.factstream.corpus.CorpusImport ;;
  factchecks) MAIN=io.factstream.corpus.FactCheckImport ;;
  *) echo "usage: $0 corpus|factchecks FILE [options]" >&2; exit 2 ;;
esac
shift
[[ -f "$MODULE/target/classpath.txt" ]] || { echo "$MODULE/target/classpath.txt is missing: build first (make build)" >&2; exit 1; }
JAVA="$("$HERE/find-jdk.sh")/bin/java"
exec "$JAVA" -Xmx512m --enable-native-access=ALL-UNNAMED -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dfactstream.embedding.cache-dir="$REPO/.work/djl" \
  -cp "$MODULE/target/classes:$(cat "$MODULE/target/classpath.txt")" "$MAIN" "$@"
