//! `cargo xtask unstable-cost`: what each unstable option of [`UNSTABLE`] saves, measured
//! on the embed bundle (the one with the tightest budget). The bundle is built with every
//! option, then with each left out in turn (with `-Zunstable-options` when the option left
//! out is the one that needs it), in a target folder of its own so that the site's build
//! is not rebuilt afterwards. Prints brotli KiB of the first load (wasm + glue + snippets)
//! and of the later chunk. Takes about 4 minutes a build on 2 cores.

use std::path::Path;

use crate::bundles::{cargo_build, js_files, link, Place, Profile, BUNDLES};
use crate::size::sizes;
use crate::toolchain::{self, Passed, UNSTABLE};
use crate::wasm::chunks;
use crate::{root, Fail};

/// A variant: the options left out, by how they are named in [`UNSTABLE`].
const VARIANTS: [(&str, &[&str]); 6] = [
    ("every option", &[]),
    (
        "without -Zbuild-std (and its features)",
        &[
            "-Zbuild-std=std,panic_abort",
            "-Zbuild-std-features=optimize_for_size",
        ],
    ),
    (
        "without -Zbuild-std and -Cpanic=immediate-abort (which needs it)",
        &[
            "-Zbuild-std=std,panic_abort",
            "-Zbuild-std-features=optimize_for_size",
            "-Cpanic=immediate-abort",
            "-Zunstable-options",
        ],
    ),
    (
        "without -Zbuild-std-features=optimize_for_size",
        &["-Zbuild-std-features=optimize_for_size"],
    ),
    (
        "without -Cpanic=immediate-abort",
        &["-Cpanic=immediate-abort", "-Zunstable-options"],
    ),
    ("without -Zfmt-debug=none", &["-Zfmt-debug=none"]),
];

/// `only`: the variants to build, by their place in [`VARIANTS`] (1 is every option);
/// all when empty. The first one built is the base the others are compared with.
pub fn report(only: &[usize]) -> Result<(), Fail> {
    toolchain::check()?;
    for (_, left_out) in VARIANTS {
        for option in left_out {
            if !UNSTABLE.iter().any(|u| u.option == *option) {
                return Err(Fail(format!("{option} is not in toolchain::UNSTABLE")));
            }
        }
    }
    let Some(embed) = BUNDLES.iter().find(|b| b.place == Place::Embed("")) else {
        return Err(Fail("no embed bundle in BUNDLES".into()));
    };
    let target = root().join("target/unstable-cost");
    let mut rows = Vec::new();
    let chosen = VARIANTS
        .iter()
        .enumerate()
        .filter(|(i, _)| only.is_empty() || only.contains(&(i + 1)) || *i == 0);
    for (_, &(name, left_out)) in chosen {
        let keep = |passed| -> Vec<&str> {
            toolchain::options(passed)
                .into_iter()
                .filter(|o| !left_out.contains(o))
                .collect()
        };
        let measured = (|| {
            cargo_build(
                &[embed],
                Profile::Release,
                &keep(Passed::Cargo),
                &keep(Passed::Rustflags),
                Some(&target),
            )?;
            let built = target
                .join("wasm32-unknown-unknown")
                .join(Profile::Release.folder(embed.build))
                .join(format!("{}.wasm", embed.bin));
            let out = target.join("linked");
            let _ = std::fs::remove_dir_all(&out);
            link(embed, Profile::Release, &built, &out)?;
            measure(&out)
        })();
        match &measured {
            Ok((first, later)) => println!(
                "xtask: {name}: {:.1} KiB + chunk {:.1} KiB",
                kib(*first),
                kib(*later)
            ),
            Err(why) => println!("xtask: {name}: does not build ({why})"),
        }
        rows.push((name, measured));
    }
    let (base_first, base_later) = match rows.first() {
        Some((_, Ok(base))) => *base,
        _ => {
            return Err(Fail(
                "the embed bundle did not build with every option".into(),
            ))
        }
    };
    println!("| build of the embed bundle | first load, brotli KiB | the option saves, KiB | later chunk, brotli KiB |");
    println!("|---|---|---|---|");
    for (name, measured) in &rows {
        match measured {
            Ok((first, later)) => {
                let saved = if *name == VARIANTS[0].0 {
                    "–".to_string()
                } else {
                    format!("{:.1}", kib(*first) - kib(base_first))
                };
                println!(
                    "| {name} | {:.1} | {saved} | {:.1} ({:+.1}) |",
                    kib(*first),
                    kib(*later),
                    kib(*later) - kib(base_later)
                );
            }
            Err(_) => println!("| {name} | does not build | | |"),
        }
    }
    Ok(())
}

fn kib(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

/// Brotli bytes of a linked bundle's first load (wasm, glue, snippets) and of its chunks.
fn measure(out: &Path) -> Result<(usize, usize), Fail> {
    let mut first_files = js_files(out)?;
    first_files.extend(
        std::fs::read_dir(out)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "wasm")
                    && !crate::wasm::is_chunk(&crate::bundles::file_name(p))
            }),
    );
    let chunk_files = chunks(out)?;
    let first: usize = sizes(&first_files)?.iter().map(|s| s.2).sum();
    let later: usize = sizes(&chunk_files)?.iter().map(|s| s.2).sum();
    Ok((first, later))
}
