#!/usr/bin/env bash
# Runs a single-node Apache Kafka (KRaft) broker on 127.0.0.1 from the official Maven Central artifacts.
#
#   scripts/kafka.sh fetch    resolve the broker jars once into .cache/kafka/<version>/libs
#   scripts/kafka.sh start    fetch if needed, format storage once, start, wait until the broker answers
#   scripts/kafka.sh stop     stop the broker this script started
#   scripts/kafka.sh status   say whether it runs
#
# With KAFKA_BOOTSTRAP_SERVERS set, start and stop do nothing: that cluster is used instead.
# Environment: RADAR_BROKER_PORT (9092), RADAR_CONTROLLER_PORT (9093), RADAR_KAFKA_HOME (var/kafka).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
here="$root/scripts/kafka"
version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
libs="$root/.cache/kafka/$version/libs"
home="${RADAR_KAFKA_HOME:-$root/var/kafka}"
port="${RADAR_BROKER_PORT:-9092}"
controller_port="${RADAR_CONTROLLER_PORT:-9093}"
pidfile="$home/broker.pid"
logfile="$home/server.log"

say() { printf 'kafka: %s\n' "$*" >&2; }

external() {
  if [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
    say "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS is set; using that cluster, nothing to $1"
    return 0
  fi
  return 1
}

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

fetch() {
  if [[ -f "$libs/.complete" ]]; then return 0; fi
  say "resolving Apache Kafka $version from Maven Central (once)"
  rm -rf "$libs"
  mkdir -p "$libs"
  if ! mvn -q -B -Dstyle.color=never -f "$here/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$libs" >"$libs.mvn.log" 2>&1; then
    say "Maven could not resolve the broker; its output:"
    cat "$libs.mvn.log" >&2
    return 1
  fi
  touch "$libs/.complete"
}

read -r -a heap <<<"${KAFKA_HEAP_OPTS:--Xms256m -Xmx1g}"
java_cmd=(java "${heap[@]}" -XX:+UseG1GC -Djava.awt.headless=true
  -Dlog4j2.configurationFile="$here/log4j2.properties" -Dradar.kafka.log="$logfile" -cp "$libs/*")

start() {
  external start && return 0
  if running; then say "already running (pid $(cat "$pidfile")) on 127.0.0.1:$port"; return 0; fi
  if port_open "$port"; then
    say "port $port is taken by another process; set RADAR_BROKER_PORT or KAFKA_BOOTSTRAP_SERVERS"
    return 1
  fi
  fetch
  mkdir -p "$home/data"
  sed -e "s|@PORT@|$port|g" -e "s|@CONTROLLER_PORT@|$controller_port|g" -e "s|@DATA_DIR@|$home/data|g" \
    "$here/server.properties.in" > "$home/server.properties"
  if [[ ! -f "$home/data/meta.properties" ]]; then
    "${java_cmd[@]}" kafka.tools.StorageTool format --standalone --ignore-formatted \
      -t "$("${java_cmd[@]}" kafka.tools.StorageTool random-uuid)" -c "$home/server.properties" >/dev/null
  fi
  : >"$logfile"
  nohup "${java_cmd[@]}" kafka.Kafka "$home/server.properties" >"$home/stdout.log" 2>&1 &
  echo $! > "$pidfile"
  local waited=0
  until port_open "$port" && grep -q "Kafka Server started" "$logfile" 2>/dev/null; do
    if ! running && (( waited > 2 )); then
      say "broker exited during start; last lines of $home/stdout.log and $logfile:"
      tail -n 20 "$home/stdout.log" "$logfile" >&2 || true
      return 1
    fi
    if (( waited >= 120 )); then say "broker did not answer within 60 s"; stop; return 1; fi
    sleep 0.5
    waited=$((waited + 1))
  done
  say "started Apache Kafka $version on 127.0.0.1:$port (pid $(cat "$pidfile"))"
}

stop() {
  external stop && return 0
  if ! running; then say "not running"; rm -f "$pidfile"; return 0; fi
  local pid waited=0
  pid=$(cat "$pidfile")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= 60 )); then say "still running after 30 s; killing"; kill -9 "$pid" 2>/dev/null || true; break; fi
    sleep 0.5
    waited=$((waited + 1))
  done
  rm -f "$pidfile"
  say "stopped"
}

status() {
  if external status; then return 0; fi
  if running; then say "running (pid $(cat "$pidfile")) on 127.0.0.1:$port"; else say "not running"; return 3; fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac
