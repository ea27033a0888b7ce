#!/usr/bin/env bash
# Fuzzes the identity code readers with cargo-fuzz (libFuzzer + AddressSanitizer).
# Usage: bash scripts/fuzz.sh [seconds]   (default 300)
# Stable Rust with RUSTC_BOOTSTRAP=1 accepts the -Z flags cargo-fuzz passes; the
# sanitizer runtime ships with the stable toolchain.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
SECONDS_TO_RUN="${1:-300}"
cd fuzz
# A copy of the seed corpus, so runs do not write into the repository.
WORK="$ROOT/target/fuzz-corpus/id_parse"
mkdir -p "$WORK"
cp -n corpus/id_parse/* "$WORK/" 2>/dev/null || true
LOG="$ROOT/target/fuzz-last.log"
set +e
RUSTC_BOOTSTRAP=1 cargo fuzz run --target-dir "$ROOT/target/fuzz" id_parse "$WORK" -- \
    -max_total_time="$SECONDS_TO_RUN" -max_len=64 -print_final_stats=1 >"$LOG" 2>&1
status=$?
set -e
grep -E "^(#[0-9]+\s+DONE|stat::(number_of_executed_units|peak_rss_mb|new_units_added)|SUMMARY|==[0-9]+==ERROR)|panicked" "$LOG" | sed 's/^/fuzz: /' || true
if [ "$status" -ne 0 ]; then
    tail -n 40 "$LOG" >&2
    echo "fuzz: cargo fuzz failed with exit $status (a crash leaves its input in fuzz/artifacts/)" >&2
    exit 1
fi
if ! grep -q "stat::number_of_executed_units" "$LOG"; then
    echo "fuzz: the run printed no statistics; see $LOG" >&2
    exit 1
fi
echo "fuzz: no crashes in ${SECONDS_TO_RUN} s"
