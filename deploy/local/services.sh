#!/usr/bin/env bash
# Starts and stops the six Factstream services against the local stack of a profile.
#
#   deploy/local/services.sh start  [run|test] [service...]   start (all by default), wait until ready
#   deploy/local/services.sh stop   [run|test] [service...]   stop (all by default)
#   deploy/local/services.sh status [run|test]
#
# Services run from their built jars (services/<name>/target/quarkus-app); logs go to .work/<profile>/logs/.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
cmd="${1:-}"
PROFILE="${2:-run}"
source "$HERE/profile.sh"
shift $(( $# > 2 ? 2 : $# ))
SELECTED=("$@")
[[ ${#SELECTED[@]} -gt 0 ]] || SELECTED=("${SERVICE_NAMES[@]}")

STATE="$REPO/.work/$PROFILE"
LOGS="$STATE/logs"
PIDS="$STATE/services"
JAVA="$("$HERE/find-jdk.sh")/bin/java"
DEMO_RATINGS="$HERE/demo/outlet-ratings.csv"

say() { echo "[services:$PROFILE] $*"; }

pid_of() {
  local pid
  pid="$(cat "$PIDS/$1.pid" 2>/dev/null || true)"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid" || true
}

start_one() {
  local name="$1" port="${SERVICE_PORT[$1]}" jar="$REPO/services/$1/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || { echo "$jar is missing: build first (make build)" >&2; exit 1; }
  if [[ -n "$(pid_of "$name")" ]]; then say "$name already runs"; return; fi
  if ss -Hltn "sport = :$port" | grep -q .; then
    echo "port $port for $name is taken: $(ss -Hltnp "sport = :$port")" >&2; exit 1
  fi
  mkdir -p "$LOGS" "$PIDS"
  QUARKUS_HTTP_PORT="$port" \
  KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
  QUARKUS_ELASTICSEARCH_HOSTS="localhost:$ES_PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/factstream" \
  FACTSTREAM_RATINGS_EXTRA_FILES="$DEMO_RATINGS" \
    nohup "$JAVA" -Xmx256m -XX:+UseSerialGC -jar "$jar" \
    >"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

wait_ready() {
  local name="$1" port="${SERVICE_PORT[$1]}" deadline=$((SECONDS + 120))
  until curl -fsS "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do
    if [[ -z "$(pid_of "$name")" ]] || (( SECONDS > deadline )); then
      echo "$name did not become ready on port $port; last lines of $LOGS/$name.log:" >&2
      tail -n 30 "$LOGS/$name.log" >&2 || true
      exit 1
    fi
    sleep 1
  done
  say "$name ready on http://localhost:$port"
}

stop_one() {
  local name="$1" pid
  pid="$(pid_of "$name")"
  rm -f "$PIDS/$name.pid"
  [[ -n "$pid" ]] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || { say "$name stopped"; return 0; }; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  say "$name killed after 15 s"
}

case "$cmd" in
  start)
    for name in "${SELECTED[@]}"; do start_one "$name"; done
    for name in "${SELECTED[@]}"; do wait_ready "$name"; done ;;
  stop)
    for name in "${SELECTED[@]}"; do stop_one "$name"; done ;;
  status)
    for name in "${SERVICE_NAMES[@]}"; do
      printf '%-18s %-5s http://localhost:%s\n' "$name" "$([[ -n "$(pid_of "$name")" ]] && echo up || echo down)" \
        "${SERVICE_PORT[$name]}"
    done ;;
  *) echo "usage: $0 start|stop|status [run|test] [service...]" >&2; exit 2 ;;
esac
