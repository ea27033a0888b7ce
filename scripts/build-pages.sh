#!/usr/bin/env bash
# Trunk post-build hook: builds the pages that have bundles of their own into sub-folders
# of the site being built, so that a citizen reading a notice loads neither:
#   request/   the request forms (src/bin/request.rs)
#   importer/  the notice importer for staff (src/bin/importer.rs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STAGING="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
if [ "${TRUNK_PROFILE:-release}" = "release" ]; then profile=release; flag=(--release); else profile=debug; flag=(); fi
cargo build "${flag[@]}" --target wasm32-unknown-unknown -p seloste-app --bin seloste-importer --bin seloste-request
# Each page: its bundle, and index.html + start.js from the templates in app/pages/.
for page in importer request; do
    case "$page" in
        importer) title="Selosteen tuonti" ;;
        request) title="Pyyntö" ;;
    esac
    OUT="$STAGING/$page"
    mkdir -p "$OUT"
    wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name "$page" \
        "target/wasm32-unknown-unknown/$profile/seloste-$page.wasm"
    if [ "$profile" = release ]; then
        # The wasm features rustc enables by default for wasm32-unknown-unknown.
        wasm-opt -Oz --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int \
            --enable-sign-ext --enable-reference-types --enable-multivalue \
            "$OUT/${page}_bg.wasm" -o "$OUT/${page}_bg.wasm"
    fi
    sed "s/{{TITLE}}/$title/" app/pages/page.html > "$OUT/index.html"
    sed "s/{{PAGE}}/$page/" app/pages/start.js > "$OUT/start.js"
    cp public/css/seloste.css public/css/demo.css public/favicon.svg "$OUT/"
done
