#!/usr/bin/env bash
# Runs the ReportDesk libFuzzer target for a given time.
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]     (default 600 s)
# Builds the reading pipeline's sources (every stage target up to ReportModel), the fuzz target
# (Sources/ReportSynthetic/FuzzTarget.swift) and Fuzz/ReportFuzzer.swift into one binary with
# -sanitize=fuzzer,address, seeds a working corpus from ../shared/seeds (when present) and
# Fuzz/seeds, and runs libFuzzer on every core but one. Findings (crash-*, timeout-*, oom-*,
# slow-unit-*) land in .build-fuzz/findings; each becomes a regression test in
# Tests/ReportModelTests/FuzzRegressionTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}; shift || true
out=.build-fuzz
mkdir -p "$out/corpus" "$out/findings"
bin="$out/report-fuzzer"
stages="Sources/ReportText Sources/ReportReading Sources/ReportParsing Sources/ReportQuantities Sources/ReportIndicators
  Sources/ReportAnalysis Sources/ReportSearch Sources/ReportModel Sources/ReportSynthetic/FuzzTarget.swift"
if [ ! -x "$bin" ] || [ -n "$(find $stages Fuzz -name '*.swift' -newer "$bin")" ]; then
  echo "building $bin"
  # From a snapshot of the sources, so editing them while it builds does not break the build. The stages
  # become one module here, so their imports of each other (and the re-exports) are dropped.
  rm -rf "$out/src" && mkdir -p "$out/src"
  for s in $stages Fuzz/ReportFuzzer.swift; do cp -r "$s" "$out/src/"; done
  rm -f "$out/src/ReportModel/Exports.swift"
  find "$out/src" -name '*.swift' -exec sed -i -e '/^import Report[A-Za-z]*$/d' {} +
  swiftc -sanitize=fuzzer,address -parse-as-library -O -swift-version 6 -module-name ReportModel -package-name ReportDesk \
    $(find "$out/src" -name '*.swift' | sort) -o "$bin"
fi
# Seeds: every stage (first byte 0…4) over each seed file, so the fuzzer starts from real reports.
if [ -z "$(ls -A "$out/corpus")" ]; then
  i=0
  for f in ../shared/seeds/* Fuzz/seeds/*; do
    [ -f "$f" ] || continue
    for stage in 0 1 2 3 4; do
      { printf "\\x0$stage"; head -c 20000 "$f"; } > "$out/corpus/seed-$i-$stage"
    done
    i=$((i + 1))
  done
fi
jobs=$(( $(nproc) > 1 ? $(nproc) - 1 : 1 ))
# -timeout: a unit slower than 10 s is a hang; -rss_limit_mb: a blow-up in memory is a finding;
# -max_len: long enough for quadratic behaviour to show within the timeout. Leak checks are off:
# static caches (catalog, ICU tables) live until exit by design. libFuzzer writes fuzz-N.log per job
# into the working folder, hence the cd. Swift's own crash backtracer is off: under ASan it reports
# itself instead of the trap.
cd "$out"
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 ./report-fuzzer corpus -dict=../Fuzz/report.dict -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -max_len=65536 -report_slow_units=2 -detect_leaks=0 -artifact_prefix=findings/ -print_final_stats=1 \
  -jobs="$jobs" -workers="$jobs" "$@" > last-run.log 2>&1 || true
cat fuzz-*.log >> all-runs.log 2>/dev/null || true
grep -hE "stat::|ERROR|SUMMARY|Test unit written" fuzz-*.log last-run.log 2>/dev/null || true
rm -f fuzz-*.log
echo "findings:"; ls findings
