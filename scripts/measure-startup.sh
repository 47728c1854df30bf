#!/usr/bin/env bash
# Measures what the foundation's closing note reports: time from the run command to a ready server (first start on
# an empty data folder, a later start, a start after SIGKILL), resident memory, and server time to render a
# signed-in page. Prints figures; asserts nothing. Needs a built jar: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls target/saferplan-*.jar | head -1)
DATA=$(mktemp -d)
PORT=${PORT:-18080}
export SAFERPLAN_DATA_DIR=$DATA PORT

start() {
  local t0; t0=$(date +%s%N)
  java -jar "$JAR" >"$DATA/app.log" 2>&1 &
  PID=$!
  until curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/sign-in" | grep -q 200; do sleep 0.1; done
  echo "$1: ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms, resident $(( $(ps -o rss= -p $PID) / 1024 )) MB"
}

start "first start (empty data folder, demo workspace loaded)"
kill $PID; wait $PID 2>/dev/null || true
start "later start (data reused)"
kill -9 $PID; wait $PID 2>/dev/null || true
start "start after SIGKILL (orphaned postmaster stopped)"

JAR_COOKIES="$DATA/cookies"
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "localhost:$PORT/sign-in" >"$DATA/sign-in.html"
TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$DATA/sign-in.html" | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "username=coordinator&password=saferplan-demo&_csrf=$TOKEN" \
  "localhost:$PORT/sign-in" >/dev/null
for _ in $(seq 1 50); do curl -s -o /dev/null -b "$JAR_COOKIES" "localhost:$PORT/partnerships/dorset"; done
TIMES=$(for _ in $(seq 1 200); do curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR_COOKIES" "localhost:$PORT/partnerships/dorset"; done | sort -n)
echo "signed-in page /partnerships/dorset over 200 requests: median $(echo "$TIMES" | sed -n 100p | awk '{printf "%.1f", $1*1000}') ms, p95 $(echo "$TIMES" | sed -n 190p | awk '{printf "%.1f", $1*1000}') ms"
echo "resident after load: $(( $(ps -o rss= -p $PID) / 1024 )) MB"
kill $PID; wait $PID 2>/dev/null || true
rm -rf "$DATA"
