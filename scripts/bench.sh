#!/usr/bin/env bash
# Benchmarks identity code parsing and notice import (divan: medians, items or bytes per second).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo bench --locked -p seloste --bench id --bench notice "$@"
