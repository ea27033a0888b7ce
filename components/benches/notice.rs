//! Import throughput: the five seed notices through `notice::import` and `notice::check`.
//! Run: `bash scripts/bench.sh` (divan prints the median and bytes per second).

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use seloste::notice::{check, import};

fn main() {
    divan::main();
}

macro_rules! seed {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/seeds/",
            $name
        ))
    };
}

const SEEDS: [&str; 5] = [
    seed!("000_4dad1546684d4752.txt"),
    seed!("001_8ddcae1d438f71c2.txt"),
    seed!("002_f7a9019d197f42a6.txt"),
    seed!("003_86dace2d6b352670.txt"),
    seed!("004_a2ed2d5202af4549.txt"),
];

#[divan::bench]
fn import_all_seeds(b: Bencher) {
    let bytes: usize = SEEDS.iter().map(|s| s.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for seed in SEEDS {
            black_box(import(black_box(seed)));
        }
    });
}

#[divan::bench]
fn import_and_check_all_seeds(b: Bencher) {
    let bytes: usize = SEEDS.iter().map(|s| s.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for seed in SEEDS {
            black_box(check(&import(black_box(seed)).notice));
        }
    });
}
