//! Import throughput: the five seed notices through `notice::import` and `notice::check`.
//! Run: `bash scripts/bench.sh` (divan prints the median and bytes per second).

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use seloste::notice::test_seeds::SEEDS;
use seloste::notice::{check, import};

fn main() {
    divan::main();
}

#[divan::bench]
fn import_all_seeds(b: Bencher) {
    let bytes: usize = SEEDS.iter().map(|(_, s)| s.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for (_, seed) in SEEDS {
            black_box(import(black_box(seed)));
        }
    });
}

#[divan::bench]
fn import_and_check_all_seeds(b: Bencher) {
    let bytes: usize = SEEDS.iter().map(|(_, s)| s.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for (_, seed) in SEEDS {
            black_box(check(&import(black_box(seed)).notice));
        }
    });
}
