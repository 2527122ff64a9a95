#!/usr/bin/env bash
# Measures the router's cold start: runs dev.kiln.http.router.StartupCost (test scope) in a fresh JVM
# several times over a class path of jars, as an application would run, and prints every run and the
# median. See the "Startup" section of http-router/README.md.
#
#   http-router/startup-cost.sh [runs] [StartupCost options: --phases | --serve | package]
#
# Environment:
#   CDS=dynamic   use an AppCDS archive made by -XX:+AutoCreateSharedArchive (first run creates it)
#   CDS=aot       use a JDK 25 AOT cache (-XX:AOTCacheOutput training run first, then -XX:AOTCache)
#   JAVA_OPTS     more JVM options
#   PRIORITY=-10  run each JVM in its own session with that autogroup niceness (needs root; on a
#                 loaded machine plain `nice` does not help, the scheduler shares CPU per session)
#   NO_BUILD=1    reuse the jars of the last run
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
out=http-router/target/startup
java_home=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)
java=${JAVA_HOME:-$java_home}/bin/java
jar=${JAVA_HOME:-$java_home}/bin/jar

if [ -z "${NO_BUILD:-}" ]; then
    ./mvnw -q -pl http-router -am test-compile dependency:build-classpath \
        -Dmdep.outputFile="$PWD/$out/deps.txt" -Dmdep.includeScope=runtime >/dev/null
    rm -f "$out"/*.jar "$out"/*.jsa "$out"/*.aot
    "$jar" cf "$out/core.jar" -C http-core/target/classes .
    "$jar" cf "$out/router.jar" -C http-router/target/classes .
    "$jar" cf "$out/app.jar" -C http-router/target/test-classes .
fi
deps=$(tr ':' '\n' < "$out/deps.txt" | grep '\.jar$' | paste -sd: -)
cp="$out/app.jar:$out/router.jar:$out/core.jar:$deps"

run() {
    local options="$1"
    shift
    local cmd="exec $java $options ${JAVA_OPTS:-} -cp $cp dev.kiln.http.router.StartupCost $*"
    if [ -n "${PRIORITY:-}" ]; then
        setsid -w bash -c "echo $PRIORITY > /proc/self/autogroup; echo \$(date +%s%6N) >$out/launched; $cmd"
    else
        bash -c "echo \$(date +%s%6N) >$out/launched; $cmd"
    fi
}

cds_options=""
case "${CDS:-}" in
    dynamic)
        cds_options="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$out/app.jsa"
        [ -f "$out/app.jsa" ] || run "$cds_options" "$@" >/dev/null 2>&1
        ;;
    aot)
        [ -f "$out/app.aot" ] || run "-XX:AOTCacheOutput=$out/app.aot" "$@" >/dev/null 2>&1
        cds_options="-XX:AOTCache=$out/app.aot"
        ;;
esac

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $("$java" -version 2>&1 | head -1)"
results=$(mktemp)
for _ in $(seq "$runs"); do
    line=$(run "$cds_options" "$@" 2>/dev/null | tr '\n' ' ')
    launched=$(cat "$out/launched")
    if [[ $line =~ pong.epochMicros=([0-9]+) ]]; then
        line="$line launchToPongMs=$(( (BASH_REMATCH[1] - launched) / 1000 ))"
    fi
    echo "$line"
    echo "$line" >>"$results"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for key in build.wallMs build.cpuMs scanColdMs launchToPongMs; do
    values=$(grep -o "$key=[0-9.]*" "$results" | cut -d= -f2 | sort -n || true)
    [ -n "$values" ] || continue
    count=$(echo "$values" | wc -l)
    echo "$key: min $(echo "$values" | head -1), median $(echo "$values" | sed -n "$(( (count + 1) / 2 ))p"), max $(echo "$values" | tail -1) ($count runs)"
done
rm -f "$results"
