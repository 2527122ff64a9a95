#!/usr/bin/env bash
# Kiln's side-by-side suite: builds the benchmarks module, then loads Kiln and each peer server with
# wrk on loopback and writes a markdown table of the medians to benchmarks/results/<date>.md.
#
#   benchmarks/run.sh                 # full run: 3 rounds, 30 s warm-up, 10 s per scenario
#   benchmarks/run.sh --quick         # smoke run: 1 round, 3 s warm-up, 3 s per scenario
#   benchmarks/run.sh --servers "kiln netty" --scenarios "ping-c100" --rounds 1
#
# Options (environment variables of the same name in capitals work too):
#   --servers "a b ..."    servers to run (default: every one built, plus nginx when installed);
#                          example-site and example-site-nocache time the example app's start as
#                          scripts/run-example starts it (with and without its start-up cache)
#   --scenarios "a b ..."  scenarios, <kind>-c<connections>; kinds: ping close pipeline json
#                          static4k static1m https (default: ping-c10 ping-c100 ping-c1000
#                          close-c10 pipeline-c100 json-c100 static4k-c100 static1m-c10 https-c100;
#                          "" measures startup and memory only)
#   --rounds N             rounds, servers interleaved A B C A B C ... (default 3)
#   --alternate            every server starts once, on its own ports (P, P+2, ...), and stays up;
#                          each round then loads them in turn, scenario by scenario, the order
#                          reversed every other round (A B, B A, ...). A server's figures are then
#                          seconds, not minutes, from the other's, so that per-round ratios hold on a
#                          machine whose pace drifts (a VM). Start-up is measured once per server.
#   --busy-client          a busy loop shares wrk's core for the whole run, so that wrk, not the
#                          server, is the bottleneck: the servers then wait for their clients between
#                          requests, as servers in production do, and CPU µs/req counts what the
#                          waiting costs (needs two cores; start-up figures are slowed by it too)
#   --warmup S             warm-up seconds per server start, spread over the scenarios (default 30)
#   --duration S           seconds per measured scenario (default 10)
#   --port P               port on 127.0.0.1 the servers listen on, P+1 for HTTPS (default 28431)
#   --no-build             use the classes already built
#   --out FILE             where to write the results page
#
# Each server runs pinned to core 0 and wrk (one thread) to core 1 when there are two cores or more.
# The server's CPU time per request comes from /proc/PID/stat (utime + stime) before and after each
# scenario, its peak RSS from VmHWM in /proc/PID/status, over the whole run and within each scenario
# (VmHWM is reset before each one by writing 5 to /proc/PID/clear_refs). Only processes this script
# started are stopped, by their PID.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

servers=${SERVERS:-}
scenarios=${SCENARIOS:-"ping-c10 ping-c100 ping-c1000 close-c10 pipeline-c100 json-c100 static4k-c100 static1m-c10 https-c100"}
rounds=${ROUNDS:-3}
warmup=${WARMUP:-30}
duration=${DURATION:-10}
port=${PORT:-28431}
build=1
quick=0
alternate=0
busy_client=0
out=${OUT:-}
jvm_flags=${JVM_FLAGS:-"-Xms64m -Xmx512m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED"}

while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; rounds=1; warmup=3; duration=3 ;;
    --servers) servers=$2; shift ;;
    --scenarios) scenarios=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --duration) duration=$2; shift ;;
    --port) port=$2; shift ;;
    --no-build) build=0 ;;
    --alternate) alternate=1 ;;
    --busy-client) busy_client=1 ;;
    --out) out=$2; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[run.sh $(date -u +%H:%M:%S)] $*" >&2; }
die() { echo "run.sh: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------- tools
if ! command -v wrk >/dev/null 2>&1; then
  log "wrk is missing: installing it from Debian's packages"
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    sudo apt-get install -y wrk >/dev/null 2>&1 || { sudo apt-get update >/dev/null && sudo apt-get install -y wrk >/dev/null; }
  fi
  command -v wrk >/dev/null 2>&1 || die "could not install wrk; install it (apt-get install wrk) and rerun"
fi
command -v curl >/dev/null 2>&1 || die "curl is needed to wait for each server's first 200 (apt-get install curl)"

java_home=$("$root/.mvn/find-jdk") || die "no JDK >= 21 found"
java="$java_home/bin/java"

cores=$(nproc)
if [ "$cores" -ge 2 ]; then
  pin_server="taskset -c 0"
  pin_client="taskset -c 1"
else
  log "only one core: server and wrk share it, figures will be lower and noisier"
  pin_server=""
  pin_client=""
fi
# c=1000 needs more than the usual 1,024 descriptors for wrk and the server.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# ---------------------------------------------------------------------------------------- build
if [ "$build" = 1 ]; then
  log "building the benchmarks module and what it depends on"
  (cd "$root" && ./mvnw -q -DskipTests -pl benchmarks,examples -am package) || die "build failed"
fi
class_path="$here/target/classes:$here/target/lib/*"
[ -d "$here/target/classes/dev/kiln/benchmarks/suite" ] || die "benchmarks are not built (drop --no-build)"

# Each server starts with its own jars only (and Jackson, for the JSON scenario), as it would in an
# application: on the class path of every peer (101 jars) the first ServiceLoader lookup, e.g. the
# one behind the first System.getLogger, opens every jar, and the server that happens to make it
# pays for all the others at start-up. A server missing a jar here fails to start, loudly.
server_jars() { # name -> the file name patterns of its jars in target/lib
  case "$1" in
    kiln) echo "http-core-* http-tls-*" ;;
    kiln-router) echo "http-core-* http-tls-* http-router-* classgraph-* jakarta.inject-api-*" ;;
    netty) echo "netty-*" ;;
    helidon) echo "helidon-*" ;;
    undertow) echo "undertow-* jboss-* xnio-* wildfly-* smallrye-*" ;;
    jetty) echo "jetty-server-* jetty-http-* jetty-util-* jetty-io-* slf4j-api-*" ;;
    jdk) echo "" ;;
    javalin) echo "javalin-* jetty-* jakarta.* asm-* kotlin-* annotations-* slf4j-api-*" ;;
    *) echo "*" ;;
  esac
}
server_class_path() { # name -> its class path
  local patterns pattern jar path="$here/target/classes"
  read -r -a patterns <<< "$(server_jars "$1") jackson-*"   # words, not yet matched against files
  for pattern in "${patterns[@]}"; do
    # shellcheck disable=SC2086 # the pattern is meant to match
    for jar in "$here"/target/lib/$pattern.jar; do
      [ -f "$jar" ] && path="$path:$jar"
    done
  done
  echo "$path"
}

work=$(mktemp -d "${TMPDIR:-/tmp}/kiln-bench.XXXXXX")
files="$work/static"
"$java" -cp "$class_path" dev.kiln.benchmarks.suite.ServeMain --files-only "$files" >/dev/null 2>&1 || true
keystore=$("$java" -cp "$class_path" dev.kiln.benchmarks.suite.ServeMain --keystore "$work/tls") \
  || die "could not make the HTTPS keystore with keytool"
https_port=$((port + 1))
base_port=$port
https_servers=" $("$java" -cp "$class_path" dev.kiln.benchmarks.suite.ServeMain --list-https) "

if [ -z "$servers" ]; then
  servers=$("$java" -cp "$class_path" dev.kiln.benchmarks.suite.ServeMain --list)
  servers="$servers example-site example-site-nocache"
  if command -v nginx >/dev/null 2>&1; then
    servers="$servers nginx"
  else
    log "nginx is not installed: it is left out (apt-get install nginx-light to include it)"
  fi
fi

# ---------------------------------------------------------------------------------------- processes
started=()
cleanup() {
  local pid
  for pid in "${started[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${started[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$busy_client" = 1 ]; then
  [ -n "$pin_client" ] || die "--busy-client needs two cores or more: the busy loop shares wrk's core"
  $pin_client sh -c 'while :; do :; done' &
  started+=($!)
  log "a busy loop shares wrk's core (pid $!): wrk is the bottleneck, and every server waits for it"
fi

port_busy() { # any port of ours taken?
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || (exec 3<>"/dev/tcp/127.0.0.1/$https_port") 2>/dev/null
}

nginx_conf() {
  cat <<EOF
# One process (no master, no workers) so that its PID's CPU time and RSS are the whole server's.
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  sendfile on;
  server {
    listen 127.0.0.1:$port;
    location = /ping { default_type text/plain; return 200 "pong"; }
    location /static/ { alias $files/; default_type application/octet-stream; }
  }
}
EOF
}

server_pid=""
startup_ms=""
start_server() { # name [http-only] -> sets server_pid and startup_ms (spawn to first 200 on /ping)
  local name=$1 https_args=("$keystore" "$https_port")
  [ "${2:-}" = http-only ] && https_args=()
  port_busy && die "port $port or $https_port on 127.0.0.1 is taken: pass --port"
  local begin now
  begin=$(date +%s%N)
  if [ "$name" = nginx ]; then
    nginx_conf > "$work/nginx.conf"
    $pin_server nginx -c "$work/nginx.conf" -p "$work" > "$work/$name.log" 2>&1 &
  elif [[ "$name" = example-site* ]]; then
    # the java command scripts/run-example runs, asked for once (see below)
    local -n command="${name//-/_}_command"
    (cd "$root" && exec $pin_server "${command[@]}") > "$work/$name.log" 2>&1 &
  else
    # shellcheck disable=SC2086 # the flags are words
    $pin_server "$java" $jvm_flags -cp "$(server_class_path "$name")" dev.kiln.benchmarks.suite.ServeMain \
      "$name" "$port" "$files" "${https_args[@]}" > "$work/$name.log" 2>&1 &
  fi
  server_pid=$!
  started+=("$server_pid")
  run_peak_kb[$server_pid]=0  # a PID may be reused from an earlier start
  local deadline=$((begin + 60000000000))
  while :; do
    if [ "$($pin_client curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$port/ping" 2>/dev/null)" = 200 ]; then
      now=$(date +%s%N)
      startup_ms=$(((now - begin) / 1000000))
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/$name.log" >&2; die "$name exited before answering /ping"; }
    [ "$(date +%s%N)" -lt "$deadline" ] || { cat "$work/$name.log" >&2; die "$name did not answer /ping within 60 s"; }
    sleep 0.005
  done
}

stop_server() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # stopped and reaped: never signal that PID again, it may be reused
  local others=() other
  for other in "${started[@]}"; do
    [ "$other" = "$pid" ] || others+=("$other")
  done
  started=("${others[@]+"${others[@]}"}")
  # wait for the port to be free again before the next server binds it
  for i in $(seq 1 100); do
    port_busy || break
    sleep 0.05
  done
}

clock_ticks=$(getconf CLK_TCK)
cpu_ticks() { # utime + stime of the process (all its threads), in clock ticks
  # the command name (field 2) may hold spaces: count fields after its closing parenthesis
  sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'
}
peak_rss_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
declare -A run_peak_kb  # by PID: the highest VmHWM seen over the server's run
note_run_peak() { # pid -> raises its run_peak_kb to the process's VmHWM
  local kb
  kb=$(peak_rss_kb "$1")
  [ "$kb" -le "${run_peak_kb[$1]:-0}" ] || run_peak_kb[$1]=$kb
}
# Starts a new peak: the kernel sets the process's VmHWM back to its current RSS (proc(5), clear_refs 5).
reset_peak_rss() { echo 5 2>/dev/null > "/proc/$1/clear_refs"; }

scenario_request() { # kind -> "script url"
  local base="http://127.0.0.1:$port"
  case "$1" in
    ping) echo "ping.lua $base/ping" ;;
    close) echo "close.lua $base/ping" ;;
    pipeline) echo "pipeline.lua $base/ping" ;;
    json) echo "json.lua $base/json" ;;
    static4k) echo "ping.lua $base/static/4k.bin" ;;
    static1m) echo "ping.lua $base/static/1m.bin" ;;
    https) echo "ping.lua https://127.0.0.1:$https_port/ping" ;;
    *) die "unknown scenario kind '$1'" ;;
  esac
}

run_wrk() { # kind connections seconds -> KILN_RESULT line (or nothing)
  local kind=$1 connections=$2 seconds=$3 script url
  read -r script url <<< "$(scenario_request "$kind")"
  timeout $((seconds + 30)) $pin_client wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s --latency \
    -s "$here/wrk/$script" "$url" 2>&1 | tee -a "$work/wrk.log" | grep '^KILN_RESULT' || true
}

skip_scenario() { # server kind -> true when the server does not take part in that scenario
  [ "$1" = nginx ] && [ "$2" = json ] && return 0           # nginx cannot bind JSON to a record
  [ "$2" = https ] && [[ "$https_servers" != *" $1 "* ]] && return 0
  return 1
}

field() { sed -n "s/.*[[:space:]]$1=\([0-9]*\).*/\1/p" <<< "$2"; }

# ---------------------------------------------------------------------------------------- run
read -r -a server_list <<< "$servers"
scenario_list=()
read -r -a scenario_list <<< "$scenarios" || true
stamp=$(date -u +%Y-%m-%d)
mkdir -p "$here/results"
if [ -z "$out" ]; then
  if [ "$quick" = 1 ]; then out="$here/results/$stamp-quick.md"; else out="$here/results/$stamp.md"; fi
fi
scenario_tsv="$work/scenarios.tsv"
server_tsv="$work/servers.tsv"
printf 'round\tserver\tscenario\trequests_per_s\tp50_us\tp99_us\terrors\tnon2xx\tcpu_us_per_request\tpeak_rss_kb\n' > "$scenario_tsv"
printf 'round\tserver\tstartup_ms\tstartup_https_ms\tpeak_rss_kb\n' > "$server_tsv"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# --scenarios "" measures startup and memory only
warm_each=$(( warmup / (${#scenario_list[@]} > 0 ? ${#scenario_list[@]} : 1) ))
[ "$warm_each" -ge 1 ] || warm_each=1
log "servers: ${server_list[*]}; scenarios: ${scenario_list[*]+${scenario_list[*]}}; $rounds round(s), warm-up ${warmup}s, ${duration}s each, $cores cores"

example_command() { # on|off -> the java command scripts/run-example runs, one word per line
  (cd "$root" && KILN_SKIP_BUILD=1 KILN_PRINT_COMMAND=1 KILN_JAVA_OPTS="$jvm_flags" KILN_START_CACHE="$1" \
    scripts/run-example --port "$port" --https-port "$https_port" 2>/dev/null)
}
if [[ " ${server_list[*]} " = *" example-site"* ]]; then
  # The example app starts from the java command scripts/run-example would run (with the start-up
  # cache of one training run, or without), started like every other JVM server: the clock runs
  # from the JVM's launch.
  log "training run of the example app for its start-up cache"
  (cd "$root" && KILN_SKIP_BUILD=1 KILN_TRAIN_ONLY=1 KILN_JAVA_OPTS="$jvm_flags" scripts/run-example) >&2 \
    || die "scripts/run-example could not train the example app"
  mapfile -t example_site_command < <(example_command on)
  mapfile -t example_site_nocache_command < <(example_command off)
  [ "${#example_site_command[@]}" -gt 0 ] && [ "${#example_site_nocache_command[@]}" -gt 0 ] \
    || die "scripts/run-example printed no command"
fi

warm_up() { # name -> loads each of its scenarios for warm_each seconds, figures unused
  local scenario
  for scenario in "${scenario_list[@]+"${scenario_list[@]}"}"; do
    skip_scenario "$1" "${scenario%-c*}" && continue
    run_wrk "${scenario%-c*}" "${scenario##*-c}" "$warm_each" > /dev/null
  done
}

measure() { # round name pid scenario -> one line in scenario_tsv; raises the PID's run_peak_kb
  local round=$1 name=$2 pid=$3 scenario=$4
  local kind=${4%-c*} connections=${4##*-c} scenario_peak_kb=- before after result requests duration_us
  note_run_peak "$pid"
  before=$(cpu_ticks "$pid")
  if reset_peak_rss "$pid"; then scenario_peak_kb=; fi
  result=$(run_wrk "$kind" "$connections" "$duration")
  after=$(cpu_ticks "$pid")
  [ -n "$scenario_peak_kb" ] || scenario_peak_kb=$(peak_rss_kb "$pid")
  if [ -z "$result" ]; then
    log "round $round: $name $scenario: wrk reported nothing"
    printf '%s\t%s\t%s\t-\t-\t-\t-\t-\t-\t-\n' "$round" "$name" "$scenario" >> "$scenario_tsv"
    return
  fi
  requests=$(field requests "$result")
  duration_us=$(field duration_us "$result")
  awk -v round="$round" -v name="$name" -v scenario="$scenario" -v requests="$requests" \
      -v duration_us="$duration_us" -v p50="$(field p50_us "$result")" -v p99="$(field p99_us "$result")" \
      -v errors="$(field errors "$result")" -v non2xx="$(field non2xx "$result")" \
      -v ticks=$((after - before)) -v hz="$clock_ticks" -v rss="$scenario_peak_kb" 'BEGIN {
        rps = duration_us > 0 ? requests * 1e6 / duration_us : 0
        cpu = requests > 0 ? ticks / hz * 1e6 / requests : "-"
        printf "%s\t%s\t%s\t%.0f\t%s\t%s\t%s\t%s\t%s\t%s\n", round, name, scenario, rps, p50, p99, errors, non2xx, cpu, rss
      }' >> "$scenario_tsv"
  log "round $round: $name $scenario: $(tail -n 1 "$scenario_tsv" | cut -f4-)"
}

# Startup as an HTTP-only app: loading a TLS key (PKCS#12, PBKDF2) costs every JVM server about half
# a second cold and would hide the servers' own startup. Sets plain_startup_ms; false for the
# example app, whose start is all that is measured.
measure_plain_startup() { # round name
  start_server "$2" http-only
  stop_server "$server_pid"
  plain_startup_ms=$startup_ms
  if [[ "$2" = example-site* ]]; then
    log "round $1: $2 answered in ${startup_ms} ms"
    printf '%s\t%s\t%s\t-\t-\n' "$1" "$2" "$startup_ms" >> "$server_tsv"
    return 1
  fi
}

record_server() { # round name pid -> its line in server_tsv (plain_startup_ms and startup_ms must be set)
  note_run_peak "$3"
  [[ "$https_servers" = *" $2 "* ]] || startup_ms="-"
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$plain_startup_ms" "$startup_ms" "${run_peak_kb[$3]}" >> "$server_tsv"
}

if [ "$alternate" = 0 ]; then
  for round in $(seq 1 "$rounds"); do
    for name in "${server_list[@]}"; do
      measure_plain_startup "$round" "$name" || continue
      start_server "$name"
      pid=$server_pid
      log "round $round: $name answered in ${plain_startup_ms} ms as an HTTP-only app, ${startup_ms} ms as started for the load (pid $pid)"
      warm_up "$name"
      for scenario in "${scenario_list[@]+"${scenario_list[@]}"}"; do
        skip_scenario "$name" "${scenario%-c*}" && continue
        measure "$round" "$name" "$pid" "$scenario"
      done
      record_server "$round" "$name" "$pid"
      stop_server "$pid"
    done
  done
else
  # Each start-up alone on the first ports, then every server up at once, each on its own ports.
  declare -A plain_startup_of startup_of pid_of port_of
  use_ports() { port=${port_of[$1]}; https_port=$((port + 1)); }  # name -> its ports for start_server, run_wrk and stop_server
  loaded=()
  for name in "${server_list[@]}"; do
    measure_plain_startup 1 "$name" || continue
    plain_startup_of[$name]=$plain_startup_ms
    loaded+=("$name")
  done
  for i in "${!loaded[@]}"; do
    name=${loaded[i]}
    port_of[$name]=$((base_port + 2 * i))
    use_ports "$name"
    start_server "$name"
    pid_of[$name]=$server_pid
    startup_of[$name]=$startup_ms
    log "$name answered in ${plain_startup_of[$name]} ms as an HTTP-only app, ${startup_ms} ms as started for the load on port $port (pid $server_pid)"
    warm_up "$name"
  done
  for round in $(seq 1 "$rounds"); do
    order=("${loaded[@]+"${loaded[@]}"}")
    if [ $((round % 2)) = 0 ]; then  # A B, then B A: neither server always goes first
      order=()
      for ((i = ${#loaded[@]} - 1; i >= 0; i--)); do order+=("${loaded[i]}"); done
    fi
    for scenario in "${scenario_list[@]+"${scenario_list[@]}"}"; do
      for name in "${order[@]+"${order[@]}"}"; do
        skip_scenario "$name" "${scenario%-c*}" && continue
        use_ports "$name"
        measure "$round" "$name" "${pid_of[$name]}" "$scenario"
      done
    done
  done
  for name in "${loaded[@]+"${loaded[@]}"}"; do
    use_ports "$name"
    plain_startup_ms=${plain_startup_of[$name]} startup_ms=${startup_of[$name]}
    record_server 1 "$name" "${pid_of[$name]}"
    stop_server "${pid_of[$name]}"
  done
fi

# ---------------------------------------------------------------------------------------- report
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
jdk_version=$("$java" -version 2>&1 | head -n 1)
{
  echo "# Kiln side-by-side benchmark, $stamp"
  echo
  echo "- Machine: $cores cores ($cpu_model), $(uname -sr), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo)"
  echo "- JDK: $jdk_version ($java_home); JVM flags for every JVM server: \`$jvm_flags\`"
  echo "- Load: \`${pin_client:+$pin_client }wrk -t1 -c<N> -d${duration}s --latency\` on 127.0.0.1; servers ${pin_server:+pinned with \`$pin_server\`}"
  if [ "$alternate" = 1 ]; then
    echo "- $rounds round(s) with every server up at once, each on its own ports, loaded in turn scenario by scenario (A B, then B A); ${warmup}s warm-up per server; start-up measured once, alone; figures are medians over the rounds"
  else
    echo "- $rounds round(s), servers interleaved; ${warmup}s warm-up per server start; figures are medians over the rounds"
  fi
  echo "- Command: \`benchmarks/run.sh $([ "$quick" = 1 ] && echo "--quick ")$([ "$alternate" = 1 ] && echo "--alternate ")$([ "$busy_client" = 1 ] && echo "--busy-client ")--servers \"$servers\" --scenarios \"$scenarios\" --rounds $rounds --warmup $warmup --duration $duration\`"
  [ "$busy_client" = 1 ] && echo "- **Busy client**: a busy loop shared wrk's core (\`--busy-client\`), so wrk was the bottleneck and the servers waited for it between requests; req/s is wrk's limit, CPU µs/req is the server's cost including its waits"
  [ "$quick" = 1 ] && echo "- **Quick run**: warm-up too short for the JIT; use it to check the suite, not to compare servers"
  echo "- Server CPU µs/req: the server process's utime+stime over the scenario divided by the requests served"
  echo "- Load average (1, 5, 15 min) before the run: $load_before; after: $load_after. Anything above 0 here is other work on the same cores: req/s and latency suffer first, CPU µs/req least"
  echo
  "$java" -cp "$class_path" dev.kiln.benchmarks.suite.ResultsTable "$scenario_tsv" "$server_tsv"
  echo "<details><summary>Raw figures (one line per round)</summary>"
  echo
  echo '```'
  cat "$scenario_tsv"
  echo
  cat "$server_tsv"
  echo '```'
  echo
  echo "</details>"
} > "$out"
log "results written to $out"
cat "$out"
