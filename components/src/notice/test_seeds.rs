//! The five source documents (tests/fixtures/seeds/), for the importer's tests. They lie
//! outside the crate's folder, so only its tests include them (the published package
//! holds no copy); the benchmark reads the same folder when it runs.

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
