#!/usr/bin/env bash
# Imports the demo reference corpus (deploy/local/demo/reference-corpus.jsonl) and the demo fact-checks
# (deploy/local/demo/fact-checks.jsonl) into Elasticsearch, posts the demo articles (deploy/local/demo/articles, in
# name order) to ingest and prints where to look.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROFILE="${1:-run}"
source "$HERE/profile.sh"
INGEST="http://localhost:${SERVICE_PORT[ingest]}"
QUERY="http://localhost:${SERVICE_PORT[query]}"

# The checkpoint lives with the profile's state, so `stack.sh clean` (which empties Elasticsearch) forgets it too.
"$HERE/import.sh" corpus "$HERE/demo/reference-corpus.jsonl" --es "http://localhost:$ES_PORT" \
  --state "$HERE/../../.work/$PROFILE/corpus-import"
"$HERE/import.sh" factchecks "$HERE/demo/fact-checks.jsonl" --es "http://localhost:$ES_PORT" \
  --state "$HERE/../../.work/$PROFILE/corpus-import"

for article in "$HERE"/demo/articles/*.json; do
  id="$(curl -fsS -H 'Content-Type: application/json' --data-binary "@$article" "$INGEST/articles" \
        | sed -E 's/.*"id" *: *"([^"]+)".*/\1/')"
  # Let each article's verdicts land before the next one, so later coverage finds earlier passages.
  for _ in $(seq 1 60); do
    curl -fsS "$QUERY/articles/$id/report" 2>/dev/null | grep -q '"revision":[1-9]' && break
    sleep 1
  done
  echo "$(basename "$article" .json): $QUERY/articles/$id/report"
done
echo
echo "Dashboard:        $QUERY/"
echo "Post an article:  curl -H 'Content-Type: application/json' -d '{\"url\":\"https://example.org/a\",\"body\":\"...\"}' $INGEST/articles"
echo "Logs:             .work/$PROFILE/logs/"
