//! Parse throughput of personal identity codes. Run: `bash scripts/bench.sh`.
//! divan prints the median time and items per second.

use divan::counter::ItemsCount;
use divan::{black_box, Bencher};
use seloste::date::Date;
use seloste::id::{self, Country, Hetu};

fn main() {
    divan::main();
}

/// A mix people actually type: valid codes of every century, lowercase, and typical mistakes.
const MIX: [&str; 8] = [
    "131052-308T",
    "010594Y9032",
    "280230A101N",
    "131052-308t",
    " 311299-998D ",
    "131052-308U",
    "311352-308T",
    "1310523-08T",
];

#[divan::bench]
fn hetu_valid(b: Bencher) {
    b.counter(ItemsCount::new(1usize))
        .bench(|| Hetu::parse(black_box("131052-308T")));
}

#[divan::bench]
fn hetu_mixed(b: Bencher) {
    b.counter(ItemsCount::new(MIX.len())).bench(|| {
        for code in MIX {
            let _ = black_box(Hetu::parse(black_box(code)));
        }
    });
}

#[divan::bench(args = [Country::Se, Country::No, Country::Dk, Country::Ee])]
fn neighbour(b: Bencher, country: Country) {
    let code = match country {
        Country::Se => "811218-9876",
        Country::No => "01010012356",
        Country::Dk => "070761-4285",
        _ => "37605030299",
    };
    b.counter(ItemsCount::new(1usize))
        .bench(|| id::parse(country, black_box(code), Date::ymd(2026, 11, 22)).is_ok());
}
