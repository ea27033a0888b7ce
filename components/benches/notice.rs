//! Import throughput: the five seed notices through `notice::import` and `notice::check`.
//! Run: `bash scripts/bench.sh` (divan prints the median and bytes per second).

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use seloste::notice::{check, import};
use std::sync::LazyLock;

/// The seed notices (tests/fixtures/seeds/), read when the benchmark runs: they are not
/// part of the crate's package.
static SEEDS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/seeds");
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .filter(|f| f.path().extension().is_some_and(|x| x == "txt"))
        .map(|f| {
            let text = std::fs::read_to_string(f.path()).unwrap_or_else(|e| panic!("{e}"));
            (f.file_name().to_string_lossy().into_owned(), text)
        })
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5, "the five seeds in {dir}");
    seeds
});

fn main() {
    divan::main();
}

#[divan::bench]
fn import_all_seeds(b: Bencher) {
    let bytes: usize = SEEDS.iter().map(|(_, s)| s.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for (_, seed) in SEEDS.iter() {
            black_box(import(black_box(seed)));
        }
    });
}

#[divan::bench]
fn import_and_check_all_seeds(b: Bencher) {
    let bytes: usize = SEEDS.iter().map(|(_, s)| s.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for (_, seed) in SEEDS.iter() {
            black_box(check(&import(black_box(seed)).notice));
        }
    });
}
