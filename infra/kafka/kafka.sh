#!/usr/bin/env bash
# Runs a single-node Apache Kafka broker (KRaft, broker and controller in one process) on the
# local JVM from its Maven Central artifacts, for machines without a Docker engine.
#
#   kafka.sh start | stop | status | logs [-f] | reset | version
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_HEAP_OPTS,
# KAFKA_START_TIMEOUT_SECONDS (60), ACCORD_CACHE_DIR (<repo>/.cache), ACCORD_KAFKA_RUN_DIR
# (<repo>/.run/kafka).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
POM_FILE="$SCRIPT_DIR/pom.xml"

KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM_FILE" | head -n 1)"
KAFKA_HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms512m -Xmx1536m}"
KAFKA_START_TIMEOUT_SECONDS="${KAFKA_START_TIMEOUT_SECONDS:-60}"
KAFKA_STOP_TIMEOUT_SECONDS=30

CACHE_DIR="${ACCORD_CACHE_DIR:-$REPO_ROOT/.cache}/kafka/$KAFKA_VERSION"
LIBS_DIR="$CACHE_DIR/libs"
PROBE_DIR="$CACHE_DIR/probe"

RUN_DIR="${ACCORD_KAFKA_RUN_DIR:-$REPO_ROOT/.run/kafka}"
DATA_DIR="$RUN_DIR/data"
LOG_DIR="$RUN_DIR/logs"
PID_FILE="$RUN_DIR/kafka.pid"
CLUSTER_ID_FILE="$RUN_DIR/cluster-id"
CONFIG_FILE="$RUN_DIR/server.properties"
LOCK_FILE="$RUN_DIR/.lock"

BOOTSTRAP="$KAFKA_HOST:$KAFKA_PORT"

say() { echo "kafka: $*"; }
fail() {
  echo "kafka: $*" >&2
  exit 1
}

require_command() {
  command -v "$1" >/dev/null 2>&1 || fail "'$1' is not installed; $2"
}

# Serialises start/stop/reset so that parallel test runs cannot start two brokers.
hold_lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$LOCK_FILE"
  flock -w 180 9 || fail "another kafka.sh is still busy (lock $LOCK_FILE)"
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # A recycled pid belonging to something else is not our broker.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

port_is_open() {
  (exec 3<>"/dev/tcp/$KAFKA_HOST/$1") 2>/dev/null
}

fetch_libs() {
  [ -f "$LIBS_DIR/.complete" ] && return 0
  require_command mvn "it fetches Apache Kafka $KAFKA_VERSION from Maven Central"
  say "fetching Apache Kafka $KAFKA_VERSION from Maven Central into $LIBS_DIR"
  local partial="$LIBS_DIR.partial.$$"
  rm -rf "$partial"
  if ! mvn -B -Dstyle.color=never -f "$POM_FILE" dependency:copy-dependencies \
    -DoutputDirectory="$partial" >"$LOG_DIR/maven.log" 2>&1; then
    tail -n 30 "$LOG_DIR/maven.log" >&2
    fail "maven could not fetch the broker jars; full output in $LOG_DIR/maven.log"
  fi
  rm -rf "$LIBS_DIR"
  mv "$partial" "$LIBS_DIR"
  touch "$LIBS_DIR/.complete"
}

compile_probe() {
  [ "$PROBE_DIR/BrokerProbe.class" -nt "$SCRIPT_DIR/BrokerProbe.java" ] && return 0
  require_command javac "a JDK 17 or newer is needed"
  mkdir -p "$PROBE_DIR"
  javac -nowarn -d "$PROBE_DIR" -cp "$LIBS_DIR/*" "$SCRIPT_DIR/BrokerProbe.java"
}

# probe <timeout seconds> [pid that must stay alive]; exit codes as in BrokerProbe.java.
probe() {
  java -Xmx64m -XX:TieredStopAtLevel=1 -cp "$PROBE_DIR:$LIBS_DIR/*" \
    BrokerProbe "$BOOTSTRAP" "$(($1 * 1000))" ${2:+"$2"}
}

write_config() {
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@DATA_DIR@|$DATA_DIR|g" \
    "$SCRIPT_DIR/broker.properties" >"$CONFIG_FILE"
}

# A cluster id is 16 random bytes in URL-safe base64 without padding; one that starts with "-"
# would be read as an option, so the first character is drawn again until it is not.
new_cluster_id() {
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    [ "${id:0:1}" != "-" ] && break
  done
  echo "$id"
}

format_storage_once() {
  [ -f "$DATA_DIR/meta.properties" ] && return 0
  [ -s "$CLUSTER_ID_FILE" ] || new_cluster_id >"$CLUSTER_ID_FILE"
  say "formatting KRaft storage in $DATA_DIR (cluster id $(cat "$CLUSTER_ID_FILE"))"
  java -Xmx256m -cp "$LIBS_DIR/*" \
    -Dkafka.logs.dir="$LOG_DIR" -Dlog4j2.configurationFile="$SCRIPT_DIR/log4j2.properties" \
    kafka.tools.StorageTool format --ignore-formatted \
    --cluster-id="$(cat "$CLUSTER_ID_FILE")" --config "$CONFIG_FILE" >>"$LOG_DIR/kafka.out" 2>&1 \
    || fail "formatting the storage failed; see $LOG_DIR/kafka.out"
}

file_size() {
  stat -c %s "$1" 2>/dev/null || echo 0
}

# show_log_tail <server.log size before this start> <kafka.out size before this start>:
# only what this start wrote, so an old run's lines cannot mislead.
show_log_tail() {
  echo "---- $LOG_DIR/server.log (this start, last lines) ----" >&2
  tail -c "+$(($1 + 1))" "$LOG_DIR/server.log" 2>/dev/null | tail -n 40 >&2 || true
  echo "---- $LOG_DIR/kafka.out (this start, last lines) ----" >&2
  tail -c "+$(($2 + 1))" "$LOG_DIR/kafka.out" 2>/dev/null | tail -n 20 >&2 || true
}

launch_broker() {
  # setsid detaches the broker from the caller's session, so a test runner or CI step that
  # exits (or is interrupted) does not take the broker down with it.
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
    java $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true -Dlog4j2.shutdownHookEnabled=false \
    -Dkafka.logs.dir="$LOG_DIR" -Dlog4j2.configurationFile="$SCRIPT_DIR/log4j2.properties" \
    -cp "$LIBS_DIR/*" kafka.Kafka "$CONFIG_FILE" \
    </dev/null >>"$LOG_DIR/kafka.out" 2>&1 9>&- &
  local waited=0
  while [ ! -s "$PID_FILE" ] && [ "$waited" -lt 50 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  cat "$PID_FILE"
}

start() {
  [ -n "$KAFKA_VERSION" ] || fail "no <kafka.version> in $POM_FILE"
  require_command java "a JDK 17 or newer runs the broker"
  hold_lock

  local pid
  if pid="$(running_pid)"; then
    compile_probe
    probe "$KAFKA_START_TIMEOUT_SECONDS" "$pid" \
      || fail "process $pid is running but the broker does not answer on $BOOTSTRAP; see $LOG_DIR"
    say "already running (pid $pid) on $BOOTSTRAP; nothing to do"
    return 0
  fi

  mkdir -p "$DATA_DIR" "$LOG_DIR"
  fetch_libs
  compile_probe

  if port_is_open "$KAFKA_PORT"; then
    if probe 5; then
      say "a Kafka broker not started by this script already answers on $BOOTSTRAP; using it"
      return 0
    fi
    fail "port $KAFKA_PORT on $KAFKA_HOST is taken by something that is not a Kafka broker"
  fi
  port_is_open "$KAFKA_CONTROLLER_PORT" \
    && fail "controller port $KAFKA_CONTROLLER_PORT on $KAFKA_HOST is taken (set KAFKA_CONTROLLER_PORT)"

  write_config
  format_storage_once

  local started_at=$SECONDS
  local server_log_size out_size
  server_log_size="$(file_size "$LOG_DIR/server.log")"
  out_size="$(file_size "$LOG_DIR/kafka.out")"
  say "starting Apache Kafka $KAFKA_VERSION on $BOOTSTRAP"
  rm -f "$PID_FILE"
  pid="$(launch_broker)"
  [ -n "$pid" ] || fail "the broker process did not start; see $LOG_DIR/kafka.out"

  local outcome=0
  probe "$KAFKA_START_TIMEOUT_SECONDS" "$pid" || outcome=$?
  case "$outcome" in
    0) say "up on $BOOTSTRAP (pid $pid) after $((SECONDS - started_at))s; logs in $LOG_DIR" ;;
    2)
      show_log_tail "$server_log_size" "$out_size"
      rm -f "$PID_FILE"
      fail "the broker exited while starting"
      ;;
    *)
      show_log_tail "$server_log_size" "$out_size"
      fail "the broker did not answer on $BOOTSTRAP within ${KAFKA_START_TIMEOUT_SECONDS}s (pid $pid still running; 'kafka.sh stop' ends it)"
      ;;
  esac
}

stop() {
  hold_lock
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    say "not running; nothing to do"
    return 0
  fi
  say "stopping (pid $pid)"
  kill -TERM "$pid"
  local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT_SECONDS))
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      say "still running after ${KAFKA_STOP_TIMEOUT_SECONDS}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  rm -f "$PID_FILE"
  say "stopped"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    compile_probe
    if probe 5; then
      say "running (pid $pid), Apache Kafka $KAFKA_VERSION on $BOOTSTRAP"
      return 0
    fi
    say "process $pid is running but the broker does not answer on $BOOTSTRAP"
    return 1
  fi
  if port_is_open "$KAFKA_PORT" && [ -f "$PROBE_DIR/BrokerProbe.class" ] && probe 5; then
    say "a broker not started by this script answers on $BOOTSTRAP"
    return 0
  fi
  say "not running"
  return 3
}

logs() {
  say "log directory: $LOG_DIR (server.log: broker log, kafka.out: process output)"
  [ -f "$LOG_DIR/server.log" ] || return 0
  if [ "${1:-}" = "-f" ]; then
    tail -n 50 -F "$LOG_DIR/server.log"
  else
    tail -n 100 "$LOG_DIR/server.log"
  fi
}

reset() {
  stop
  hold_lock
  rm -rf "$DATA_DIR" "$CLUSTER_ID_FILE" "$CONFIG_FILE"
  say "data and cluster id removed; the next start formats fresh storage"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  logs) logs "${2:-}" ;;
  reset) reset ;;
  version) echo "$KAFKA_VERSION" ;;
  *)
    echo "usage: $(basename "$0") start|stop|status|logs [-f]|reset|version" >&2
    exit 64
    ;;
esac
