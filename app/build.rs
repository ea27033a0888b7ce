//! The bundles with the request form keep their relocations, so that wasm-split-cli can cut
//! the form's later chunk out of them (xtask/src/bundles.rs; components/src/web/split.rs).
//! Only these two, and only with the feature `split`: relocations left in a bundle that is
//! not cut would double its size.
fn main() {
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        for bin in ["seloste-request", "seloste-embed"] {
            println!("cargo:rustc-link-arg-bin={bin}=--emit-relocs");
        }
    }
}
