#!/usr/bin/env bash
# Measures turn throughput on POST /api/messages for HelpBot, a bare Kestrel baseline and the
# botbuilder-js peer, in one run on this machine. Every server binds to 127.0.0.1 on a free port.
# wrk sends message activities whose serviceUrl points at a capture server (ConnectorStub), which
# acts as the Bot Connector. Everything this script starts is stopped when it exits.
#
# Usage: benchmarks/turns/run.sh [TARGET...]
#   Targets (default: all, in this order):
#     baseline            bare Kestrel: parse the activity, POST one reply, answer 200
#     peer                botbuilder-js 4.23.3 CloudAdapter + MemoryStorage + waterfall dialog
#     helpbot-memory      HelpBot (bot/, HelpBot.Bot.dll) with Storage:Provider=Memory
#     helpbot-sqlite      HelpBot with the default SQLite storage in a temporary folder
#   Analysis targets (also in the default list) run HelpBot's host through DialogHost, which adds
#   GET /bench/runtime, so the run also prints JIT, GC and thread-pool counters per turn:
#     host-two-replies    a turn handler that sends two texts and uses no state or dialogs
#     host-dialogs        HelpBot's conversation, Memory storage (the same turn as helpbot-memory)
#     host-dialogs-nolog  the same with logging off, to show what logging at Warning costs
# Environment (defaults in brackets): DURATION [10s] and WARMUP [30s] per target, CONNECTIONS [32],
# THREADS [2], CONVERSATIONS [1000], NEW_EVERY [10] (every Nth request starts a new conversation),
# TEXT [hi], BENCH_ARTIFACTS [/tmp/art-bench] (dotnet --artifacts-path), SKIP_BUILD [0].
# wrk and the servers share the machine's cores, so the numbers are for this machine only. The
# warm-up is long because HelpBot's host kept JIT-compiling (tier-up) for about 25 seconds under load
# here; /bench/runtime counters of the DialogHost targets show whether it still does.
set -euo pipefail

bench_dir="$(cd "$(dirname "$0")" && pwd)"
repo_root="$(cd "$bench_dir/../.." && pwd)"
artifacts="${BENCH_ARTIFACTS:-/tmp/art-bench}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-30s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
export CONVERSATIONS="${CONVERSATIONS:-1000}" NEW_EVERY="${NEW_EVERY:-10}" TEXT="${TEXT:-hi}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

all_targets=(baseline peer helpbot-memory helpbot-sqlite host-two-replies host-dialogs host-dialogs-nolog)
targets=("${@:-${all_targets[@]}}")

work="$(mktemp -d -t helpbot-bench.XXXXXX)"
started_pids=()

stop_pid() {
  local pid="$1"
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
  for pid in "${started_pids[@]}"; do
    stop_pid "$pid"
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '==> %s\n' "$*" >&2; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Waits until the process listens on the port, for at most 60 seconds.
wait_for_port() {
  local port="$1" pid="$2" name="$3"
  for _ in $(seq 1 300); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$name exited during start-up; last lines of its log:"
      tail -n 20 "$work/$name.log" >&2
      return 1
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  log "$name did not listen on 127.0.0.1:$port within 60 seconds"
  return 1
}

ensure_tools() {
  if ! command -v wrk >/dev/null; then
    log "wrk is missing: installing Debian's wrk package with apt-get"
    apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  fi
  if [[ ! -d "$bench_dir/peer/node_modules" ]]; then
    log "npm ci in benchmarks/turns/peer"
    (cd "$bench_dir/peer" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
  fi
}

build() {
  [[ "${SKIP_BUILD:-0}" == 1 ]] && return 0
  local project
  for project in bot benchmarks/turns/DialogHost benchmarks/turns/Baseline benchmarks/turns/ConnectorStub; do
    log "dotnet build $project -c Release"
    dotnet build "$repo_root/$project" -c Release --artifacts-path "$artifacts" -p:SkipWebChatBundle=true \
      -v quiet -nologo -clp:ErrorsOnly >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; return 1; }
  done
}

# Starts a dotnet app from its output folder (so it reads its appsettings.json) with extra
# environment variables; prints the PID.
start_dotnet() {
  local name="$1" assembly="$2" port="$3"
  shift 3
  local folder="$artifacts/bin/$assembly/release"
  (cd "$folder" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning "$@" \
    dotnet "$assembly.dll") >"$work/$name.log" 2>&1 &
  echo $!
}

start_target() {
  local name="$1" port="$2"
  case "$name" in
    baseline) start_dotnet "$name" Baseline "$port" ;;
    peer)
      local guard=()
      [[ -f "$repo_root/../shared/tools/loopback-guard.js" ]] && guard=(-r "$repo_root/../shared/tools/loopback-guard.js")
      (cd "$bench_dir/peer" && exec node "${guard[@]}" bot.js "$port") >"$work/$name.log" 2>&1 &
      echo $!
      ;;
    helpbot-memory) start_dotnet "$name" HelpBot.Bot "$port" Storage__Provider=Memory ;;
    helpbot-sqlite)
      mkdir -p "$work/sqlite"
      start_dotnet "$name" HelpBot.Bot "$port" Storage__Provider=Sqlite Storage__DataDirectory="$work/sqlite"
      ;;
    host-two-replies) start_dotnet "$name" DialogHost "$port" Storage__Provider=Memory BENCH_TURN_HANDLER=two-replies ;;
    host-dialogs) start_dotnet "$name" DialogHost "$port" Storage__Provider=Memory ;;
    host-dialogs-nolog)
      start_dotnet "$name" DialogHost "$port" Storage__Provider=Memory Logging__LogLevel__Default=None Logging__LogLevel__Microsoft.AspNetCore=None
      ;;
    *) log "unknown target '$name'; known: ${all_targets[*]}"; return 1 ;;
  esac
}

# Sends one message and checks for 200, so a broken target is reported before the load starts.
check_turn() {
  local port="$1" name="$2"
  local body='{"type":"message","id":"check-1","channelId":"emulator","serviceUrl":"'"$SERVICE_URL"'","from":{"id":"user-check","name":"Dana Testperson"},"recipient":{"id":"helpbot","name":"HelpBot"},"conversation":{"id":"check-'"$name"'"},"text":"hi"}'
  local status
  status="$(curl -s -o "$work/$name.check" -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
    --data "$body" "http://127.0.0.1:$port/api/messages" || true)"
  if [[ "$status" != 200 ]]; then
    log "$name returned status $status for a first message: $(head -c 300 "$work/$name.check")"
    tail -n 20 "$work/$name.log" >&2
    return 1
  fi
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
peak_rss_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Runs wrk, then prints the CPU ticks wrk used: bash's cutime + cstime once wrk has been waited for.
run_wrk() {
  local port="$1" length="$2" tag="$3"
  RUN_TAG="$tag" bash -c 'wrk "$@"; awk "{ print \"WRKCPU\", \$16 + \$17 }" /proc/$$/stat' wrk \
    -t "$threads" -c "$connections" -d "$length" --timeout 5s \
    -s "$bench_dir/message.lua" "http://127.0.0.1:$port/api/messages"
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

measure() {
  local name="$1" port pid
  port="$(free_port)"
  pid="$(start_target "$name" "$port")"
  started_pids+=("$pid")
  wait_for_port "$port" "$pid" "$name" || return 1
  check_turn "$port" "$name" || { stop_pid "$pid"; return 1; }

  log "$name: warm-up $warmup"
  run_wrk "$port" "$warmup" "warm-$name-$$" >/dev/null
  curl -s -X POST "$STUB_URL/stats/reset" >/dev/null

  log "$name: measuring $duration with $connections connections"
  local ticks_before stub_before ticks_after stub_after output result
  curl -s "http://127.0.0.1:$port/bench/runtime" >"$work/$name.runtime-before" || true
  ticks_before="$(cpu_ticks "$pid")"
  stub_before="$(cpu_ticks "$stub_pid")"
  output="$(run_wrk "$port" "$duration" "$name-$$")"
  ticks_after="$(cpu_ticks "$pid")"
  stub_after="$(cpu_ticks "$stub_pid")"
  curl -s "http://127.0.0.1:$port/bench/runtime" >"$work/$name.runtime-after" || true
  result="$(grep '^RESULT' <<<"$output")"

  local requests replies reply_bytes rss wrk_ticks load
  requests="$(field requests "$result")"
  wrk_ticks="$(awk '/^WRKCPU/ { print $2 }' <<<"$output")"
  load="$(cut -d ' ' -f 1 /proc/loadavg)"
  curl -s "$STUB_URL/stats" >"$work/$name.stats"
  replies="$(awk '/^requests / { print $2 }' "$work/$name.stats")"
  reply_bytes="$(awk '/^body_bytes / { print $2 }' "$work/$name.stats")"
  rss="$(peak_rss_mib "$pid")"
  stop_pid "$pid"

  awk -v name="$name" -v rps="$(field rps "$result")" -v p50="$(field p50_ms "$result")" -v p99="$(field p99_ms "$result")" \
    -v non2xx="$(field non2xx "$result")" -v sockets="$(field socket_errors "$result")" -v requests="$requests" \
    -v replies="$replies" -v reply_bytes="$reply_bytes" -v ticks=$((ticks_after - ticks_before)) -v stub=$((stub_after - stub_before)) \
    -v wrk="$wrk_ticks" -v hz="$(getconf CLK_TCK)" -v rss="$rss" -v load="$load" 'BEGIN {
      per = requests > 0 ? 1e6 / hz / requests : 0
      printf "| %s | %s | %s | %s | %s | %s | %.2f | %.0f | %.0f | %.0f | %.0f | %s | %s |\n", name, rps, p50, p99, non2xx, sockets,
        (requests > 0 ? replies / requests : 0), (replies > 0 ? reply_bytes / replies : 0), ticks * per, stub * per, wrk * per, rss, load
    }' >>"$work/table.md"
  add_runtime_row "$name" "$requests"
  {
    echo "$name:"
    sed -n 's/^sample \([0-9]*\) /  \1x, /p' "$work/$name.stats"
  } >>"$work/samples.txt"
}

# Adds a row of per-turn runtime counters for targets that serve /bench/runtime (DialogHost).
add_runtime_row() {
  local name="$1" requests="$2"
  grep -q '^jit_methods ' "$work/$name.runtime-before" 2>/dev/null || return 0
  awk -v name="$name" -v requests="$requests" '
    FNR == NR { before[$1] = $2; next }
    { after[$1] = $2; delta[$1] = $2 - before[$1] }
    END {
      printf "| %s | %.3f | %.0f | %.1f | %d/%d/%d | %.0f | %.3f | %.1f | %d |\n", name,
        delta["jit_methods"] / requests, delta["jit_ms"], delta["allocated_bytes"] / requests / 1024,
        delta["gen0"], delta["gen1"], delta["gen2"], delta["gc_pause_ms"],
        delta["lock_contentions"] / requests, delta["work_items"] / requests, after["threads"] }
  ' "$work/$name.runtime-before" "$work/$name.runtime-after" >>"$work/runtime.md"
}

ensure_tools
build

stub_port="$(free_port)"
stub_pid="$(start_dotnet connector-stub ConnectorStub "$stub_port")"
started_pids+=("$stub_pid")
wait_for_port "$stub_port" "$stub_pid" connector-stub
export STUB_URL="http://127.0.0.1:$stub_port" SERVICE_URL="http://127.0.0.1:$stub_port"

{
  echo "| target | requests/s | p50 ms | p99 ms | non-2xx | socket errors | replies/turn | bytes/reply | server CPU µs/turn | stub CPU µs/turn | wrk CPU µs/turn | peak RSS MiB | 1-min load avg |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$work/table.md"
: >"$work/samples.txt"
{
  echo "| target | methods JIT-compiled/turn | JIT ms | KiB allocated/turn | GCs gen0/1/2 | GC pause ms | lock contentions/turn | thread-pool work items/turn | pool threads |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$work/runtime.md"

failed=0
for target in "${targets[@]}"; do
  measure "$target" || { log "$target: failed, left out of the table"; failed=1; }
done

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk -t$threads -c$connections -d$duration after a $warmup warm-up;" \
  "$CONVERSATIONS conversations, a new one every $NEW_EVERY requests (0: none), text '$TEXT'"
cat "$work/table.md"
echo
echo "Runtime counters of the HelpBot host over the measured interval (DialogHost targets only):"
cat "$work/runtime.md"
echo
echo "Reply texts sampled by the capture server (one reply in 997; count, mean body size, then [type, attachments] text):"
cat "$work/samples.txt"
exit "$failed"
