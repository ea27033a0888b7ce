//! The pinned compiler and the unstable options the request form's bundles are built with.
//!
//! Architecture Invariant: every unstable compiler option of the project is in
//! [`UNSTABLE`], and only [`check`]ed builds use them. They are enabled by
//! `RUSTC_BOOTSTRAP=1` for that one build, on exactly the compiler of `rust-toolchain.toml`:
//! unstable options change between releases (one of these was renamed upstream), so any
//! other compiler stops the build with a message instead of failing in an odd way.

use crate::{output, Fail};

/// The compiler of `rust-toolchain.toml`, as `rustc -V` names it.
pub const PINNED: &str = "1.95.0";

/// One unstable option: what it is for and what it saves, as measured on the embed bundle
/// (brotli, wasm + JS; `docs/size.md` has how).
pub struct Unstable {
    /// How it is passed: `RUSTFLAGS` or a `cargo build` argument.
    pub passed: Passed,
    pub option: &'static str,
    pub why: &'static str,
    /// What it saves on the embed bundle's first load and later chunk, brotli, as
    /// `cargo xtask unstable-cost` last measured it (docs/size.md).
    pub saves: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Passed {
    Rustflags,
    Cargo,
}

/// Every unstable option, in one place. What each saves, measured on the embed bundle by
/// `cargo xtask unstable-cost`, is in docs/size.md.
pub const UNSTABLE: &[Unstable] = &[
    Unstable {
        passed: Passed::Cargo,
        option: "-Zbuild-std=std,panic_abort",
        why: "the standard library compiled with the bundle, at its opt-level and with LTO",
        saves: "with -Cpanic=immediate-abort, which needs it: 14.6 KiB + 3.5 KiB of chunk",
    },
    Unstable {
        passed: Passed::Cargo,
        option: "-Zbuild-std-features=optimize_for_size",
        why: "the standard library's own smaller variants of its algorithms",
        saves: "0.7 KiB",
    },
    Unstable {
        passed: Passed::Rustflags,
        option: "-Zunstable-options",
        why: "needed by -Cpanic=immediate-abort",
        saves: "nothing alone: it enables -Cpanic=immediate-abort",
    },
    Unstable {
        passed: Passed::Rustflags,
        option: "-Cpanic=immediate-abort",
        why: "a panic traps at once, with no message formatted (was -Zpanic-immediate-abort)",
        saves: "8.9 KiB + 2.5 KiB of chunk",
    },
    Unstable {
        passed: Passed::Rustflags,
        option: "-Zfmt-debug=none",
        why: "no Debug formatting code",
        saves: "1.3 KiB + 2.5 KiB of chunk",
    },
];

/// The options passed one way, in order.
pub fn options(passed: Passed) -> Vec<&'static str> {
    UNSTABLE
        .iter()
        .filter(|u| u.passed == passed)
        .map(|u| u.option)
        .collect()
}

/// Stops unless `rustc` is the pinned compiler.
pub fn check() -> Result<(), Fail> {
    let version = output("rustc", &["-V"])?;
    if version.split_whitespace().nth(1) == Some(PINNED) {
        return Ok(());
    }
    let mut message = format!(
        "this build needs Rust {PINNED} (rust-toolchain.toml), but rustc is {}.\n\
         The request form's bundles use unstable options of exactly that compiler:\n",
        version.trim()
    );
    for u in UNSTABLE {
        message.push_str(&format!("  {:<40} {}\n", u.option, u.why));
    }
    message.push_str("Run bash scripts/setup.sh, or `rustup toolchain install` in the repository.");
    Err(Fail(message))
}

/// `cargo xtask toolchain`: the pinned compiler and every unstable option.
pub fn report() -> Result<(), Fail> {
    check()?;
    println!("rustc {PINNED} (rust-toolchain.toml): the compiler of every build");
    println!(
        "unstable options of the request form's bundles (RUSTC_BOOTSTRAP=1, that build only):"
    );
    for u in UNSTABLE {
        let how = match u.passed {
            Passed::Rustflags => "RUSTFLAGS",
            Passed::Cargo => "cargo",
        };
        println!("  {how:<10} {:<40} {} (saves {})", u.option, u.why, u.saves);
    }
    Ok(())
}
