#!/usr/bin/env bash
# Builds the release site and prints the brotli size of its initial wasm and JS against the budget.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cargo xtask site
cargo xtask size dist
