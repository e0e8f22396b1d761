#!/usr/bin/env bash
# Load benchmark of the real server: a 20,000-programme corpus, wrk on a mix of searches (cached, and uncached with
# filters) and on /healthz against the same server process, in-process search and index timings (full rebuild, one
# change), a single change made by a second process until the running host's search finds it, and the host's RSS.
# Needs Debian's wrk (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-20000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5091}
DATA=bench/.data
DB="$DATA/bench-$COUNT.db"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
for project in src/IntegrationFunding.Api bench/IntegrationFunding.Benchmarks; do dotnet build -c Release --nologo -v q "$project" >/dev/null; done
BENCH="dotnet bench/IntegrationFunding.Benchmarks/bin/Release/net10.0/IntegrationFunding.Benchmarks.dll"
mkdir -p "$DATA"
[ -f "$DB" ] || $BENCH corpus "$DB" "$COUNT"

echo "== in-process search timings ($COUNT programmes, private in-memory index)"
$BENCH search "$DB"
echo "== index life cycle on disk (the folder the host will open)"
$BENCH index "$DB"

Storage__DatabasePath="$DB" RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
  dotnet src/IntegrationFunding.Api/bin/Release/net10.0/IntegrationFunding.Api.dll --urls "http://127.0.0.1:$PORT" >/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$PORT/api/v1/programmes?q=Warmup" >/dev/null

run() { # wrk args…; a 3-second warm-up pass (JIT, first cold queries) is not measured
  wrk -t2 -c"$CONNECTIONS" -d3s "$@" >/dev/null
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99"
}
echo "== wrk: $CONNECTIONS connections, $DURATION each, 2 threads, server and wrk on the same 2-core machine"
read -r s_rps s_p50 s_p99 < <(run -s bench/search-mix.lua "http://127.0.0.1:$PORT")
read -r u_rps u_p50 u_p99 < <(run -s bench/search-mix-uncached.lua "http://127.0.0.1:$PORT")
read -r h_rps h_p50 h_p99 < <(run "http://127.0.0.1:$PORT/healthz")
printf '%-26s %12s %10s %10s\n' endpoint "requests/s" p50 p99
printf '%-26s %12s %10s %10s\n' "search (output cache)" "$s_rps" "$s_p50" "$s_p99"
printf '%-26s %12s %10s %10s\n' "search (every response computed)" "$u_rps" "$u_p50" "$u_p99"
printf '%-26s %12s %10s %10s\n' healthz "$h_rps" "$h_p50" "$h_p99"
awk -v s="$s_rps" -v u="$u_rps" -v h="$h_rps" 'BEGIN { printf "search / healthz throughput: %.1f %% (cached), %.1f %% (computed)\n", 100 * s / h, 100 * u / h }'
echo "== one programme changed by a second process until the host's search finds it"
for i in 1 2 3 4 5; do
  word="Lastwort${i}x$RANDOM"
  committed=$($BENCH change "$DB" "$word")
  for _ in $(seq 1 1000); do curl -fs "http://127.0.0.1:$PORT/api/v1/programmes?q=$word&pageSize=1&n=$RANDOM" | grep -q '"total":1' && break; sleep 0.01; done
  echo "change $i searchable after $(( $(date +%s%3N) - committed )) ms"
done
echo "host RSS after the runs: $(( $(awk '/^VmRSS/ {print $2}' /proc/$SERVER/status) / 1024 )) MB (peak $(( $(awk '/^VmHWM/ {print $2}' /proc/$SERVER/status) / 1024 )) MB)"
