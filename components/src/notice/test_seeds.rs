//! The five source documents (tests/fixtures/seeds/), for tests and benchmarks of the
//! importer. Constants only: nothing is compiled into a program that does not use them.

macro_rules! seed {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/seeds/",
            $name
        ))
    };
}

/// (short name, text) of each seed, in file order.
pub const SEEDS: [(&str, &str); 5] = [
    ("000", seed!("000_4dad1546684d4752.txt")),
    ("001", seed!("001_8ddcae1d438f71c2.txt")),
    ("002", seed!("002_f7a9019d197f42a6.txt")),
    ("003", seed!("003_86dace2d6b352670.txt")),
    ("004", seed!("004_a2ed2d5202af4549.txt")),
];
