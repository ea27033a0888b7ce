#!/usr/bin/env bash
# Runs every test: native unit and property tests, a short fuzz run, browser tests in
# headless Chromium, the release build with its size budget, and end-to-end tests
# (Playwright + axe-core) on the built site.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step "native tests (cargo test: the library and the reference receiver)"
cargo test --locked
cargo build --locked -p seloste-receiver
cargo build --locked -p seloste --example verify_request --example parse_ids --example notice_html --example deadlines --example import_notice

step "the crate as crates.io and docs.rs take it: cargo publish --dry-run, the docs' examples, rustdoc without warnings (missing_docs warned)"
cargo publish --dry-run --locked -p seloste
# The docs' examples, the web module's (Leptos, built natively) included.
cargo test --locked -q -p seloste --doc --features web
RUSTDOCFLAGS="-D warnings" cargo doc --locked -q -p seloste --no-deps
RUSTDOCFLAGS="-D warnings" cargo doc --locked -q -p seloste --no-deps --features web

step "fuzz smoke test: identity codes, file readers, JSON against serde_json, the rich-text sanitiser (20 s each; scripts/fuzz.sh runs longer)"
bash scripts/fuzz.sh 20

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked -p seloste --features web --target wasm32-unknown-unknown --test browser

step "the README's Leptos example compiles (app/examples/leptos_portal.rs)"
cargo check --locked --target wasm32-unknown-unknown -p seloste-app --example leptos_portal

step "release build (cargo xtask site: trunk build --release and every bundle)"
cargo xtask site

step "size report (cargo xtask size: budgets from xtask/src/bundles.rs)"
cargo xtask size dist

step "release rehearsal (cargo xtask release: the CDN folder, the npm tarball, the crate; their versions agree)"
# --no-verify: the crate's package was built by cargo publish --dry-run above.
cargo xtask release --site dist --rehearsal --no-verify

step "contract tests (JSON Schemas) and end-to-end tests (Playwright + axe-core)"
node --test --test-concurrency=1 tests/contracts/ tests/e2e/ tests/chaos/
