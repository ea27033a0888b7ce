#!/usr/bin/env bash
# Installs what the demo and the tests need, and nothing that is already there.
# Safe to run any number of times. Sourced by scripts/demo.sh and scripts/test.sh.
#
# Needs: Rust (rustup + cargo), Node.js with npm, and apt (Debian) for Chromium and the
# PDF checkers (poppler-utils for pdftotext, qpdf).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
step() { printf '\n==> %s\n' "$*"; }

# Debian packages: headless Chromium and its driver for browser and end-to-end tests.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
if ((${#missing[@]})); then
    step "installing ${missing[*]} (apt)"
    sudo_cmd=()
    [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# The one Rust compiler of rust-toolchain.toml, with the wasm32 target and the standard
# library's source (the request form's bundles are built with it, for size: see
# xtask/src/toolchain.rs for the unstable options they use).
TOOLCHAIN="$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)"
if ! rustup run "$TOOLCHAIN" rustc -V >/dev/null 2>&1; then
    step "installing Rust $TOOLCHAIN"
    rustup toolchain install "$TOOLCHAIN" --profile minimal
fi
if ! rustup target list --installed --toolchain "$TOOLCHAIN" | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32-unknown-unknown target"
    rustup target add --toolchain "$TOOLCHAIN" wasm32-unknown-unknown
fi
if ! rustup component list --installed --toolchain "$TOOLCHAIN" | grep -q '^rust-src'; then
    step "adding the rust-src component"
    rustup component add --toolchain "$TOOLCHAIN" rust-src
fi

# Trunk (0.22 needs a newer Rust than ours).
if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
    step "installing trunk $TRUNK_VERSION"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen CLI at exactly the version in Cargo.lock (Cargo.toml pins it with =).
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
    echo "setup: no wasm-bindgen in Cargo.lock" >&2
    exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WASM_BINDGEN_VERSION"; then
    step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Not --locked: one of its locked dependencies is no longer on crates.io.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-split-cli: cuts the request form's later chunk out of its bundle (Leptos's code
# splitting; xtask/src/bundles.rs). Its split format must match the wasm_split_helpers
# that leptos brings in Cargo.lock (0.2.x).
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qxF "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    step "installing wasm-split-cli $WASM_SPLIT_VERSION"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

# cargo-fuzz, for the fuzz targets of fuzz/ (scripts/fuzz.sh).
if ! cargo fuzz --version >/dev/null 2>&1; then
    step "installing cargo-fuzz"
    cargo install cargo-fuzz --version 0.13.2 --locked
fi

# npm packages: Playwright (driving Debian's Chromium), axe-core, wasm-opt from binaryen
# (Debian's binaryen 108 breaks current wasm-bindgen output) and terser (bundles' JS).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
fi

# python-stdnum: an independent reader of identity numbers for tests/contracts/ids_stdnum.py.
if ! python3 -c 'import stdnum, sys; sys.exit(stdnum.__version__ != "2.2")' 2>/dev/null; then
    step "installing python-stdnum"
    python3 -m pip install --quiet --disable-pip-version-check python-stdnum==2.2
fi
# holidays: an independent calendar of Finland's public holidays for
# tests/contracts/deadlines_holidays.py (with dateutil and the system's tz database).
if ! python3 -c 'import holidays, sys; sys.exit(holidays.__version__ != "0.62")' 2>/dev/null; then
    step "installing holidays"
    python3 -m pip install --quiet --disable-pip-version-check holidays==0.62
fi

# Babel: CLDR's date formats in Finnish, Swedish and English, an independent writer of the
# dates notices give, for tests/contracts/notice_dates_babel.py.
if ! python3 -c 'import babel, sys; sys.exit(babel.__version__ != "2.18.0")' 2>/dev/null; then
    step "installing Babel"
    python3 -m pip install --quiet --disable-pip-version-check Babel==2.18.0
fi

export WASM_BINDGEN_VERSION
# Trunk must not look for updates online.
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"
