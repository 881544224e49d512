# Ports of a local profile, sourced by the local scripts: `run` for `make run`, `test` for `make test`.
# Usage: PROFILE=run|test; source deploy/local/profile.sh
case "${PROFILE:-run}" in
  run)  PORT_OFFSET=0 ;;
  test) PORT_OFFSET=10000 ;;
  *) echo "unknown profile '${PROFILE}' (run or test)" >&2; exit 2 ;;
esac
KAFKA_PORT=$((9092 + PORT_OFFSET)); KAFKA_CTRL_PORT=$((9094 + PORT_OFFSET))
ES_PORT=$((9200 + PORT_OFFSET));    ES_TRANSPORT_PORT=$((9300 + PORT_OFFSET))
PG_PORT=$((5433 + PORT_OFFSET));    CONNECT_PORT=$((8091 + PORT_OFFSET))
# Each service's HTTP port (DESIGN.md §8), in start order.
SERVICE_NAMES=(query ingest claim-extraction evidence-search verdict coverage-spectrum)
declare -A SERVICE_PORT=(
  [query]=$((8080 + PORT_OFFSET)) [ingest]=$((8081 + PORT_OFFSET)) [claim-extraction]=$((8082 + PORT_OFFSET))
  [evidence-search]=$((8083 + PORT_OFFSET)) [verdict]=$((8084 + PORT_OFFSET))
  [coverage-spectrum]=$((8085 + PORT_OFFSET)))
# Every JVM of the stack: glibc's malloc keeps up to 8 arenas per core for a process's threads, memory that the
# JVMs' native allocations (ONNX Runtime, Netty, Lucene) fragment and hold; two arenas hold less.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
