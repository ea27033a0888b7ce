#!/usr/bin/env bash
# Fuzzes the identity code readers with cargo-fuzz (libFuzzer + AddressSanitizer).
# Usage: bash scripts/fuzz.sh [seconds]   (default 300)
# Stable Rust with RUSTC_BOOTSTRAP=1 accepts the -Z flags cargo-fuzz passes; the
# sanitizer runtime ships with the stable toolchain.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_TO_RUN="${1:-300}"
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "==> installing cargo-fuzz"
    cargo install cargo-fuzz --version 0.13.2 --locked
fi
cd fuzz
# A copy of the seed corpus, so runs do not write into the repository.
WORK="$ROOT/target/fuzz-corpus/id_parse"
mkdir -p "$WORK"
cp -n corpus/id_parse/* "$WORK/" 2>/dev/null || true
RUSTC_BOOTSTRAP=1 cargo fuzz run --target-dir "$ROOT/target/fuzz" id_parse "$WORK" -- \
    -max_total_time="$SECONDS_TO_RUN" -max_len=64 -print_final_stats=1 2>&1 | tee "$ROOT/target/fuzz-last.log" | grep -E "^(#[0-9]+\s+(DONE|INITED)|stat::|SUMMARY|==[0-9]+==ERROR|panicked)" || true
if grep -qE "SUMMARY|panicked|==ERROR" "$ROOT/target/fuzz-last.log"; then
    echo "fuzz: a crash was found; see target/fuzz-last.log and fuzz/artifacts/" >&2
    exit 1
fi
grep -E "stat::number_of_executed_units" "$ROOT/target/fuzz-last.log" | sed 's/^/fuzz: /'
echo "fuzz: no crashes in ${SECONDS_TO_RUN} s"
