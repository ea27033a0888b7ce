#!/usr/bin/env bash
# Fuzzes the identity code readers, the readers of notices, forms files and drafts, the JSON
# reader against serde_json, the notice body sanitiser, the PDF request extractor and the
# reader of notices' Word and text files with
# cargo-fuzz (libFuzzer + AddressSanitizer).
# Usage: bash scripts/fuzz.sh [seconds]   (default 300)
# Stable Rust with RUSTC_BOOTSTRAP=1 accepts the -Z flags cargo-fuzz passes; the
# sanitizer runtime ships with the stable toolchain.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
SECONDS_TO_RUN="${1:-300}"
cd fuzz
# Each target runs for the given time: the identity code readers (seeded from
# corpus/id_parse) and the readers of notices, forms files and drafts (seeded from the
# shipped files).
run() {
    local target="$1" max_len="$2"
    # A copy of the seed corpus, so runs do not write into the repository.
    local work="$ROOT/target/fuzz-corpus/$target" log="$ROOT/target/fuzz-last-$target.log" status
    mkdir -p "$work"
    case "$target" in
        id_parse) cp -n corpus/id_parse/* "$work/" 2>/dev/null || true ;;
        file_read | json_serde) cp -n ../public/forms/default.json ../public/notices/*.json "$work/" 2>/dev/null || true ;;
        rich_sanitize) cp -n ../tests/fixtures/seeds/* "$work/" 2>/dev/null || true ;;
        # Word files python-docx wrote (and one encrypted), and the corpus's text.
        notice_file) cp -n ../tests/fixtures/notices/docx/*.docx ../tests/fixtures/notices/pdf/*.pdf ../tests/fixtures/notices/odt/*.odt ../tests/fixtures/notices/*.txt "$work/" 2>/dev/null || true ;;
        # A request PDF as seloste writes it, to start from.
        pdf_extract) [ -f "$work/request.pdf" ] || (cd "$ROOT" && cargo run --locked -q -p seloste --example request_pdf -- \
            tests/fixtures/payloads/log_data_guardian.json "$work/request.pdf" >/dev/null) ;;
    esac
    set +e
    RUSTC_BOOTSTRAP=1 cargo fuzz run --target-dir "$ROOT/target/fuzz" "$target" "$work" -- \
        -max_total_time="$SECONDS_TO_RUN" -max_len="$max_len" -timeout=5 -print_final_stats=1 >"$log" 2>&1
    status=$?
    set -e
    grep -E "^(#[0-9]+\s+DONE|stat::(number_of_executed_units|peak_rss_mb|new_units_added)|SUMMARY|==[0-9]+==ERROR)|panicked" "$log" | sed "s/^/fuzz $target: /" || true
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$log" >&2
        echo "fuzz: cargo fuzz $target failed with exit $status (a crash leaves its input in fuzz/artifacts/)" >&2
        exit 1
    fi
    if ! grep -q "stat::number_of_executed_units" "$log"; then
        echo "fuzz: the $target run printed no statistics; see $log" >&2
        exit 1
    fi
    echo "fuzz: $target: no crashes in ${SECONDS_TO_RUN} s"
}
run id_parse 64
run file_read 65536
# serde_json as the oracle of our JSON reader: the same texts accepted, the same values.
run json_serde 4096
# The notice body sanitiser: allowed markup only, stable, nesting capped, no input over 5 s.
run rich_sanitize 65536
# The PDF request extractor: one pass, no panic, no input over 5 s.
run pdf_extract 262144
# The reader of notices' files (Word, ODT, PDF, text): no panic, no input over 5 s.
run notice_file 262144
# The reference receiver's body decoders: no body may panic.
run receiver_decode 65536
