//! The project's build as code (in the manner of rust-analyzer's xtask).
//!
//! - `cargo xtask site [--debug]`: the whole site into `dist/` (`trunk build`, whose
//!   post-build hook is `cargo xtask bundles`).
//! - `cargo xtask bundles`: every bundle of [`bundles::BUNDLES`] but the notice pages'
//!   (which Trunk builds) into Trunk's staging folder; run by Trunk, not by hand.
//! - `cargo xtask size [dist]`: each bundle's raw, gzip and brotli size against its
//!   budget in [`bundles::BUNDLES`]; fails when one is over.
//! - `cargo xtask release [--site DIR] [--rehearsal] [--no-verify]`: the versioned CDN
//!   folder, the npm tarball and the crate package, their versions checked to agree
//!   ([`release`]).
//! - `cargo xtask toolchain`: the pinned compiler and every unstable option.
//! - `cargo xtask unstable-cost`: what each unstable option saves (builds the embed bundle
//!   once per option; a benchmark, not a test).

mod bundles;
mod cost;
mod imports;
mod pages;
mod release;
mod size;
mod snippets;
mod sri;
mod toolchain;
mod wasm;

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Why a task stopped, said to whoever runs the build.
pub struct Fail(pub String);

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<std::io::Error> for Fail {
    fn from(e: std::io::Error) -> Fail {
        Fail(e.to_string())
    }
}

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Runs a command in the root; fails with the command line when it fails.
pub fn run(command: &mut Command) -> Result<(), Fail> {
    let status = command
        .current_dir(root())
        .status()
        .map_err(|e| Fail(format!("{}: {e}", describe(command))))?;
    if status.success() {
        Ok(())
    } else {
        Err(Fail(format!("{} failed ({status})", describe(command))))
    }
}

/// A command's standard output.
pub fn output(program: &str, args: &[&str]) -> Result<String, Fail> {
    let mut command = Command::new(program);
    command.args(args).current_dir(root());
    let out = command
        .output()
        .map_err(|e| Fail(format!("{}: {e}", describe(&command))))?;
    if !out.status.success() {
        return Err(Fail(format!(
            "{} failed: {}",
            describe(&command),
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(command: &Command) -> String {
    let mut line = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    line
}

/// `cargo`, as the one that runs this task.
pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn site(args: &[String]) -> Result<(), Fail> {
    toolchain::check()?;
    let mut trunk = Command::new("trunk");
    trunk.arg("build").arg("--offline");
    if !args.iter().any(|a| a == "--debug") {
        trunk.arg("--release");
    }
    // Trunk must not look for updates online.
    run(trunk.env("TRUNK_SKIP_VERSION_CHECK", "true"))
}

const USAGE: &str =
    "usage: cargo xtask site [--debug] | bundles | size [dist] | release [--site DIR] [--rehearsal] [--no-verify] | toolchain | unstable-cost [N…]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("site") => site(&args[1..]),
        Some("bundles") => bundles::build(),
        Some("size") => {
            size::report(&root().join(args.get(1).map(String::as_str).unwrap_or("dist")))
        }
        Some("release") => release::release(&args[1..]),
        Some("toolchain") => toolchain::report(),
        Some("unstable-cost") => {
            let only: Vec<usize> = args[1..].iter().filter_map(|a| a.parse().ok()).collect();
            cost::report(&only)
        }
        _ => Err(Fail(USAGE.into())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(fail) => {
            eprintln!("xtask: {fail}");
            ExitCode::FAILURE
        }
    }
}
