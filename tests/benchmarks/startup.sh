#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Start to first painted window, and peak memory, of the real `dateline` binary on a large library.
#
#   tests/benchmarks/startup.sh [LIBRARY]
#
# LIBRARY defaults to the cached million-story library the benchmarks build
# (/tmp/dateline-bench/library-1000000-*.dateline; run bench_listpage or
# `build/tests/bench_library 1000000` first). Environment: DATELINE_BIN (default build/app/dateline),
# RUNS (default 5). The window runs on the offscreen platform with Qt's widget-painting log on; the
# time is from just before exec to the first "Flushing ... of Dateline::MainWindow" line, that is the
# first frame handed to the platform. Memory is VmHWM (peak resident set) half a second after that.
# The first run may be cold; the median of the others is the warm figure (target: < 100 ms, < 150 MB).
# Settings and data go to a temporary home, so the user's window state and last library are untouched.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ -z "${DATELINE_IN_ENV:-}" ]; then
    exec "$REPO/scripts/dateline" shell env DATELINE_IN_ENV=1 DATELINE_BIN="${DATELINE_BIN:-}" RUNS="${RUNS:-5}" \
        bash "$REPO/tests/benchmarks/startup.sh" "$@"
fi

BIN=${DATELINE_BIN:-$REPO/build/app/dateline}
LIBRARY=${1:-$(ls /tmp/dateline-bench/library-1000000-*.dateline 2>/dev/null | head -n 1 || true)}
RUNS=${RUNS:-5}
[ -x "$BIN" ] || { echo "startup.sh: no dateline binary at $BIN (build it, or set DATELINE_BIN)" >&2; exit 2; }
[ -f "$LIBRARY" ] || { echo "startup.sh: no library '$LIBRARY' (see the comment at the top)" >&2; exit 2; }

HOME_DIR=$(mktemp -d /tmp/dateline-startup.XXXXXX)
trap 'rm -rf "$HOME_DIR"' EXIT

echo "startup: $BIN --library $LIBRARY ($(du -h "$LIBRARY" | cut -f1)), $RUNS runs, offscreen"
times=()
for run in $(seq 1 "$RUNS"); do
    log="$HOME_DIR/run-$run.log"
    start=$(date +%s%N)
    HOME="$HOME_DIR" XDG_CONFIG_HOME="$HOME_DIR/config" XDG_DATA_HOME="$HOME_DIR/data" \
        QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.widgets.painting=true" \
        QT_MESSAGE_PATTERN='%{time yyyy-MM-dd HH:mm:ss.zzz}|%{category}|%{message}' \
        "$BIN" --library "$LIBRARY" 2>"$log" &
    pid=$!
    painted=""
    for _ in $(seq 1 3000); do
        painted=$(grep -m 1 '|qt.widgets.painting|Flushing QRegion.*of Dateline::MainWindow' "$log" 2>/dev/null | cut -d'|' -f1 || true)
        [ -n "$painted" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
    done
    sleep 0.5
    hwm_kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -z "$painted" ]; then
        echo "run $run: no painted window seen; the log says:" >&2
        grep -v '|qt.widgets.painting|' "$log" | head -n 20 >&2
        exit 1
    fi
    ms=$(( ($(date -d "$painted" +%s%N) - start) / 1000000 ))
    times+=("$ms")
    echo "run $run: first painted window after $ms ms; peak RSS $(( hwm_kb / 1024 )) MiB"
done
if [ "$RUNS" -gt 1 ]; then
    warm=$(printf '%s\n' "${times[@]:1}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    echo "RESULT start-up window: first run ${times[0]} ms, warm median $warm ms (target < 100 ms warm)"
fi
