#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs TARGET (or every target, one after the
# other) for SECONDS each; fails on any crash, sanitizer report, leak, timeout or
# out-of-memory. See TESTING.md.
#
#   scripts/fuzz.sh TARGET|all SECONDS
#
# Environment: FUZZ_TIMEOUT (seconds per input, default 10), FUZZ_RSS_MB (default 2048),
# FUZZ_SKIP_BUILD=1 (use the binaries already built). Working corpora grow in
# Fuzz/.build/corpus/TARGET (seeded from the committed Fuzz/Corpus/TARGET); a crashing input
# is saved under Fuzz/.build/artifacts/TARGET/; logs in Fuzz/.build/logs/. One target runs
# at a time, as one process (no -jobs/-workers).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
    echo "usage: scripts/fuzz.sh TARGET|all SECONDS (targets: $(ls Fuzz/Targets | tr '\n' ' '))" >&2
    exit 2
fi
target=$1
seconds=$2
if [ "$target" = all ]; then
    targets=$(ls Fuzz/Targets)
elif [ -f "Fuzz/Targets/$target/main.swift" ]; then
    targets=$target
else
    echo "fuzz.sh: no target '$target' (targets: $(ls Fuzz/Targets | tr '\n' ' '))" >&2
    exit 2
fi

build=Fuzz/.build
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    # `-enable-testing` lets the targets `@testable import` the internal parsers.
    # The flags also reach the main package's build tool (TemplateEmbedder, which the report
    # module needs), linked with libFuzzer too: SEGMENTS_FUZZ_BUILD gives it the
    # LLVMFuzzerTestOneInput symbol libFuzzer's archive needs; it keeps its own main.
    mkdir -p "$build/logs"
    echo "== building the fuzz targets (log: $build/logs/build.log)"
    # `--manifest-cache none`: the manifest lists Fuzz/Targets/, which a cached manifest
    # would not see change (a new target would not be built).
    if ! swift build -c release --package-path Fuzz --scratch-path "$build" --manifest-cache none \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing \
        -Xswiftc -DSEGMENTS_FUZZ_BUILD \
        >"$build/logs/build.log" 2>&1; then
        grep -v "Cannot export local symbol" "$build/logs/build.log" | tail -40 >&2
        exit 1
    fi
fi
bin=$(swift build -c release --package-path Fuzz --scratch-path "$build" --show-bin-path)

# Leaks the Swift runtime makes on purpose (see the file); everything else is reported.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0"
# The Swift runtime's own crash handler would race AddressSanitizer's report.
export SWIFT_BACKTRACE=enable=no

status=0
for name in $targets; do
    binary=$bin/fuzz-$name
    if [ ! -x "$binary" ]; then
        echo "fuzz.sh: $binary was not built" >&2
        exit 1
    fi
    corpus=$build/corpus/$name
    mkdir -p "$corpus" "$build/artifacts/$name" "$build/logs"
    cp -n Fuzz/Corpus/"$name"/* "$corpus"/ 2>/dev/null || true
    options=(-max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}"
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name/")
    [ -f "Fuzz/Dictionaries/$name.dict" ] && options+=(-dict="Fuzz/Dictionaries/$name.dict")
    log=$build/logs/$name.log
    echo "== fuzz $name for ${seconds}s (log: $log)"
    started=$(date +%s)
    set +e
    # libFuzzer's per-input leak check (-detect_leaks=1) costs a full LeakSanitizer scan after
    # every input whose threads leave the malloc count unbalanced (the loader's concurrent
    # parse), a 5x slowdown. Leaked memory stays leaked, so LeakSanitizer's check when the
    # run ends still reports any leak of any input (and fails the run); replay the corpus
    # with -detect_leaks=1 to find which input it was.
    "$binary" "${options[@]}" -detect_leaks=0 "$corpus" >"$log" 2>&1
    code=$?
    set -e
    elapsed=$(($(date +%s) - started))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | head -1)
    size=$(find "$corpus" -type f | wc -l)
    if [ $code -eq 0 ]; then
        echo "   ok: ${elapsed}s, ${runs:-?} executions, corpus ${size} files, no crash, timeout or leak"
    else
        status=1
        echo "   FAILED (exit $code) after ${elapsed}s, ${runs:-?} executions; the report:" >&2
        grep -E "ERROR: |SUMMARY: |Fatal error|Test unit written|==[0-9]+==" "$log" | head -20 >&2 || true
        tail -40 "$log" >&2
    fi
done
exit $status
