#!/usr/bin/env bash
# Starts and stops the six Factstream services against the local stack of a profile.
#
#   deploy/local/services.sh start  [run|test] [service...]   start (all by default), wait until ready
#   deploy/local/services.sh stop   [run|test] [service...]   stop (all running instances by default)
#   deploy/local/services.sh status [run|test]
#   deploy/local/services.sh record-start [run|test]          Java Flight Recorder on every running instance
#   deploy/local/services.sh record-stop  [run|test] [folder] write their recordings (default .work/<profile>/recordings)
#
# Services run from their built jars (services/<name>/target/quarkus-app); logs go to .work/<profile>/logs/, appended
# to, so that a test which restarts a service keeps what it logged before (stack.sh clean empties them).
# A service given as name#N is its N-th instance (scale-out, e.g. claim-extraction#2): it joins the same
# consumer groups, listens on the service's port + 100 × (N − 1) and has its own log, name-N.log.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
cmd="${1:-}"
PROFILE="${2:-run}"
source "$HERE/profile.sh"
shift $(( $# > 2 ? 2 : $# ))
SELECTED=("$@")

STATE="$REPO/.work/$PROFILE"
LOGS="$STATE/logs"
PIDS="$STATE/services"
JAVA="$("$HERE/find-jdk.sh")/bin/java"
DEMO_RATINGS="$HERE/demo/outlet-ratings.csv"
DEMO_EDITORS="$HERE/demo/editors"
# Largest heap per service, 192 MB unless named here. After a full GC at the end of bench-load the services held
# 17-25 MB of live objects, but ingest 95 MB (its language models). The young generation is 16 MB, not a third of
# the heap: every page of it is touched between two collections. Collecting it that often costs the services CPU
# under load, the price of keeping the stack in 3 GiB (docs/operations.md#memory-on-two-cores).
declare -A SERVICE_HEAP=([ingest]=256m)

say() { echo "[services:$PROFILE] $*"; }

pid_of() {
  local pid
  pid="$(cat "$PIDS/$1.pid" 2>/dev/null || true)"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid" || true
}

service_of() { echo "${1%%#*}"; }
instance_label() { [[ "$1" == *#* ]] && echo "${1%%#*}-${1##*#}" || echo "$1"; }
instance_port() {
  local base="${SERVICE_PORT[$(service_of "$1")]:-}" number=1
  [[ -n "$base" ]] || { echo "unknown service: $1 (one of: ${SERVICE_NAMES[*]})" >&2; exit 2; }
  [[ "$1" == *#* ]] && number="${1##*#}"
  echo $(( base + 100 * (number - 1) ))
}

start_one() {
  local name port jar
  name="$(instance_label "$1")" port="$(instance_port "$1")"
  jar="$REPO/services/$(service_of "$1")/target/quarkus-app/quarkus-run.jar"
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
  FACTSTREAM_EDITORS_ACCOUNTS_FILE="$DEMO_EDITORS" \
    nohup "$JAVA" -Xmx"${SERVICE_HEAP[$(service_of "$1")]:-192m}" -Xmn16m -XX:+UseSerialGC \
      -Xlog:gc:file="$LOGS/$name-gc.log":uptime,time:filecount=2,filesize=5m -jar "$jar" \
    >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

wait_ready() {
  local name port deadline=$((SECONDS + 120))
  name="$(instance_label "$1")" port="$(instance_port "$1")"
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
  local name pid
  name="$(instance_label "$1")"
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
    [[ ${#SELECTED[@]} -gt 0 ]] || SELECTED=("${SERVICE_NAMES[@]}")
    for name in "${SELECTED[@]}"; do start_one "$name"; done
    for name in "${SELECTED[@]}"; do wait_ready "$name"; done
    if [[ " ${SELECTED[*]} " == *" query "* ]]; then
      say "this stack is open: anyone who reaches its ports reads every result, and editors sign in as 'morgan'" \
        "with the published password 'factstream-demo' ($DEMO_EDITORS). Do not expose it; see" \
        "docs/operations.md#securing-a-deployment"
    fi ;;
  stop)
    if [[ ${#SELECTED[@]} -eq 0 ]]; then # every instance with a pid file, extra ones included
      for pid_file in "$PIDS"/*.pid; do [[ -e "$pid_file" ]] && SELECTED+=("$(basename "$pid_file" .pid)"); done
    fi
    for name in "${SELECTED[@]}"; do stop_one "$name"; done ;;
  record-start) # Java Flight Recorder on every running instance (docs/operations.md#real-news-where-an-articles-cost-goes)
    for pid_file in "$PIDS"/*.pid; do
      [[ -e "$pid_file" ]] || continue
      "$(dirname "$JAVA")/jcmd" "$(cat "$pid_file")" JFR.start name=factstream settings=profile >/dev/null
    done ;;
  record-stop) # writes each instance's recording to the folder given (default .work/<profile>/recordings)
    folder="${SELECTED[0]:-$STATE/recordings}"
    mkdir -p "$folder"
    for pid_file in "$PIDS"/*.pid; do
      [[ -e "$pid_file" ]] || continue
      pid="$(cat "$pid_file")"
      "$(dirname "$JAVA")/jcmd" "$pid" JFR.dump name=factstream filename="$folder/$(basename "$pid_file" .pid).jfr" >/dev/null
      "$(dirname "$JAVA")/jcmd" "$pid" JFR.stop name=factstream >/dev/null
    done
    say "recordings in $folder" ;;
  status)
    for name in "${SERVICE_NAMES[@]}"; do
      printf '%-18s %-5s http://localhost:%s\n' "$name" "$([[ -n "$(pid_of "$name")" ]] && echo up || echo down)" \
        "${SERVICE_PORT[$name]}"
    done ;;
  *) echo "usage: $0 start|stop|status|record-start|record-stop [run|test] [service...|folder]" >&2; exit 2 ;;
esac
