#!/usr/bin/env bash
# Writes the hostile input set and reads each file in its own process, measuring wall time and peak
# memory (GNU time's maximum resident set size). Prints a Markdown table for docs/robustness.md.
#   Fuzz/hostile.sh [FOLDER] [--small]      (default /tmp/reportdesk-hostile, documented sizes)
# Uses the release build (swift build -c release).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/reportdesk-hostile}; shift || true
bin=.build/release/reportdesk
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
rm -rf "$dir"
"$bin" hostile "$dir" "$@" >/dev/null
echo "| file | size | outcome | as expected | time | peak memory |"
echo "|---|---|---|---|---|---|"
status=0
for f in $(ls "$dir"); do
  /usr/bin/time -o /tmp/hostile-time.$$ -f "%e %M" "$bin" hostile "$dir" "$@" --check --no-write --only "$f" \
    > /tmp/hostile-line.$$ 2>/dev/null || true
  line=$(cat /tmp/hostile-line.$$)
  read -r secs kb < <(tail -1 /tmp/hostile-time.$$)
  size=$(stat -c %s "$dir/$f" | numfmt --to=si --suffix=B)
  expected=$(echo "$line" | cut -f2)
  [ "$expected" = "as expected" ] || status=1
  echo "| $f | $size | $(echo "$line" | cut -f3) | $expected | ${secs} s | $((kb / 1024)) MB |"
done
rm -f /tmp/hostile-line.$$ /tmp/hostile-time.$$
exit $status
