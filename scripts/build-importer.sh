#!/usr/bin/env bash
# Trunk post-build hook: builds the importer page (its own wasm bundle, so the citizens'
# pages never load it) into importer/ of the site being built.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}/importer"
if [ "${TRUNK_PROFILE:-release}" = "release" ]; then profile=release; flag=(--release); else profile=debug; flag=(); fi
cargo build "${flag[@]}" --target wasm32-unknown-unknown -p seloste-app --bin seloste-importer
mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name importer \
    "target/wasm32-unknown-unknown/$profile/seloste-importer.wasm"
if [ "$profile" = release ]; then
    # The wasm features rustc enables by default for wasm32-unknown-unknown.
    wasm-opt -Oz --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int \
        --enable-sign-ext --enable-reference-types --enable-multivalue \
        "$OUT/importer_bg.wasm" -o "$OUT/importer_bg.wasm"
fi
cp app/importer/index.html app/importer/start.js public/css/seloste.css public/css/demo.css public/favicon.svg "$OUT/"
