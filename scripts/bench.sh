#!/usr/bin/env bash
# Benchmarks parse throughput of identity codes (divan: median time and items per second).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo bench --locked -p seloste --bench id "$@"
