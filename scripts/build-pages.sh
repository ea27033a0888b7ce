#!/usr/bin/env bash
# Trunk post-build hook: builds the pages that have bundles of their own into sub-folders
# of the site being built, so that a citizen reading a notice loads neither:
#   request/   the request forms (src/bin/request.rs)
#   importer/  the notice importer for staff (src/bin/importer.rs)
#   verify/    the seal verifier for registry offices (src/bin/verify.rs)
#   pdf/       the PDF maker, loaded by request forms only when a PDF is asked for
#              (src/bin/pdf.rs; a module, no page)
#   seloste.js the embed loader (app/embed/seloste.js) at the root, with its versioned
#              bundle in embed/<version>-<hash>/ (src/bin/embed.rs + the shadow stylesheet),
#              and sri.json: the SRI hash of every release file
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STAGING="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
if [ "${TRUNK_PROFILE:-release}" = "release" ]; then profile=release; flag=(--release); else profile=debug; flag=(); fi
cargo build "${flag[@]}" --target wasm32-unknown-unknown -p seloste-app \
    --bin seloste-importer --bin seloste-verify --bin seloste-pdf
# The request form's bundles with its later stages split off (feature `split`). In release
# builds they are built for size (profile `bundle`, ARCHITECTURE.md "Size"): the standard
# library compiled with them for size (-Zbuild-std, from the rust-src component), and a
# panic stops the component at once without formatting a message (-Cpanic=immediate-abort,
# with no Debug formatting and no source locations kept for panic messages). These are
# unstable options of the same Rust 1.95 compiler, enabled for this build only by
# RUSTC_BOOTSTRAP=1; debug builds and every test build use the ordinary flags.
split_profile="$profile"
if [ "$profile" = release ]; then
    split_profile=bundle
    RUSTC_BOOTSTRAP=1 \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
        cargo build --profile bundle -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size \
        --target wasm32-unknown-unknown -p seloste-app --features split --bin seloste-request --bin seloste-embed
else
    cargo build --target wasm32-unknown-unknown -p seloste-app --features split \
        --bin seloste-request --bin seloste-embed
fi
# A bundle: wasm-bindgen's module and wasm (optimised for size in release builds). A wasm
# with split points (the request form's later stages, feature `split` of the crate: see
# components/src/web/split.rs) is first cut by wasm-split-cli into the main wasm and
# split_*.wasm chunks, with __wasm_split.js that fetches a chunk when it is first needed.
bundle() {
    local name="$1" out="$2" out_name="$3" built="$profile"
    case "$name" in request | embed) built="$split_profile" ;; esac
    local wasm="target/wasm32-unknown-unknown/$built/seloste-$name.wasm" keep=()
    mkdir -p "$out"
    if grep -q -a __wasm_split_placeholder__ "$wasm"; then
        local cut="target/wasm-split/$name"
        rm -rf "$cut" && mkdir -p "$cut"
        wasm-split-cli --target web --out-name "$out_name" "$wasm" "$cut"
        cp "$cut"/__wasm_split.js "$cut"/split_*.wasm "$out/"
        wasm="$cut/$out_name.wasm" keep=(--keep-lld-exports)
    fi
    wasm-bindgen --target web --no-typescript "${keep[@]}" --out-dir "$out" --out-name "$out_name" "$wasm"
    local file
    for file in "$out/${out_name}_bg.wasm" "$out"/split_*.wasm; do
        [ -f "$file" ] || continue
        if [ "$profile" = release ]; then
            # The wasm features rustc enables by default for wasm32-unknown-unknown.
            local features=(--enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int
                --enable-sign-ext --enable-reference-types --enable-multivalue)
            # The main wasm without the exports nothing uses (scripts/unused-exports.mjs).
            if [ "$file" = "$out/${out_name}_bg.wasm" ]; then
                node scripts/unused-exports.mjs "$file" "$file.graph.json"
                wasm-metadce "${features[@]}" --graph-file "$file.graph.json" "$file" -o "$file" >/dev/null
                rm "$file.graph.json"
            fi
            wasm-opt -Oz "${features[@]}" "$file" -o "$file"
        fi
        # A chunk is fetched with its SRI hash, as seloste.js fetches the main wasm.
        if [ "$file" != "$out/${out_name}_bg.wasm" ]; then
            local chunk; chunk="$(basename "$file")"
            sed -i "s#fetch(new URL(\"./$chunk\", import.meta.url))#fetch(new URL(\"./$chunk\", import.meta.url), { integrity: \"$(node app/embed/sri.mjs "$file")\" })#" \
                "$out/__wasm_split.js"
            grep -q "$chunk\", import.meta.url), { integrity" "$out/__wasm_split.js"
        fi
    done
    # wasm-bindgen writes every JS snippet of the crate; keep them only where imported.
    grep -q "snippets/" "$out/$out_name.js" || rm -rf "$out/snippets"
    [ "$profile" != release ] || minify $(find "$out" -name '*.js')
}
# Release JS without comments and with short local names (terser; module code, no unsafe
# transforms): the glue, the chunk loader, the snippets and seloste.js, 3–4 KB brotli less.
minify() {
    local file
    for file in "$@"; do
        node_modules/.bin/terser "$file" --module --compress --mangle --output "$file.min" && mv "$file.min" "$file"
    done
}
bundle pdf "$STAGING/pdf" seloste-pdf
# Each page: its bundle, and index.html + start.js from the templates in app/pages/.
for page in importer request verify; do
    case "$page" in
        importer) title="Selosteen tuonti" ;;
        request) title="Pyyntö" ;;
        verify) title="Tarkista pyyntö" ;;
    esac
    OUT="$STAGING/$page"
    bundle "$page" "$OUT" "$page"
    sed "s/{{TITLE}}/$title/" app/pages/page.html > "$OUT/index.html"
    sed "s/{{PAGE}}/$page/" app/pages/start.js > "$OUT/start.js"
    cp public/css/seloste.css public/css/demo.css public/favicon.svg "$OUT/"
done
# Trunk copies the crate's JS snippets next to the notice pages' bundle and preloads them,
# but that bundle imports none: drop both, so readers of notices do not download them.
if ! grep -q "snippets/" "$STAGING"/seloste-app-*.js; then
    rm -rf "$STAGING/snippets"
    sed -i -E 's#<link rel="modulepreload" href="[^"]*/snippets/[^"]*"[^>]*>##g' "$STAGING/index.html"
fi
# The embed bundle: versioned by the crate's version and a hash of its content, so a CDN
# can cache it for ever; seloste.js (never cached for long) names the current folder.
bundle embed "$STAGING/embed-build" seloste-embed
node app/embed/shadow-css.mjs public/css/seloste.css > "$STAGING/embed-build/seloste.css"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
hash="$(cd "$STAGING/embed-build" && find . -type f | sort | xargs cat | sha256sum | cut -c1-10)"
release="embed/$version-$hash"
rm -rf "$STAGING/embed" && mkdir -p "$STAGING/embed" && mv "$STAGING/embed-build" "$STAGING/$release"
sed -e "s#{{BUNDLE}}#$release/#" -e "s#{{WASM_INTEGRITY}}#$(node app/embed/sri.mjs "$STAGING/$release/seloste-embed_bg.wasm")#" \
    app/embed/seloste.js > "$STAGING/seloste.js"
[ "$profile" != release ] || minify "$STAGING/seloste.js"
# sri.json: {path: "sha384-…"} for every file of the release a host might load or pin.
node app/embed/sri.mjs --json "$STAGING" seloste.js embed pdf forms fonts notices schemas > "$STAGING/sri.json"
