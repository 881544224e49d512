#!/bin/sh
# Creates the pipeline topics on the compose broker (auto-creation is off), like deploy/local/stack.sh does.
# One line per topic of io.factstream.contracts.Topic: name, partitions, cleanup policy.
# DockerComposeConsistencyTest (services/deployment-tests) keeps this list equal to the enum.
set -e
while read -r name partitions cleanup_policy; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka:9092 --create --if-not-exists --topic "$name" \
    --partitions "$partitions" --replication-factor 1 --config cleanup.policy="$cleanup_policy"
done <<'TOPICS'
articles.raw 6 compact
articles.ingested 6 delete
claims.extracted 6 delete
claims.evidence 6 delete
verdicts 6 delete
verdicts.overrides 6 delete
stories 6 compact
deadletter 1 delete
cms.public.articles 3 delete
TOPICS
