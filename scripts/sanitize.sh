#!/usr/bin/env bash
# Runs the test suite under a sanitizer, in its own scratch folder (see TESTING.md):
#
#   scripts/sanitize.sh address|thread [swift test options, e.g. --filter SegmentsLoadingTests]
#
# AddressSanitizer runs with LeakSanitizer and scripts/lsan-suppressions.txt (leaks inside
# the Swift toolchain's libraries, each explained there).
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer=${1:?usage: scripts/sanitize.sh address|thread [swift test options]}
shift
case $sanitizer in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "sanitize.sh: address or thread, not '$sanitizer'" >&2; exit 2 ;;
esac
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
export SWIFT_BACKTRACE=enable=no
swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"
swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "$@"
