//! `cargo xtask size`: what each bundle of [`BUNDLES`] costs a browser, raw, gzip and
//! brotli (quality 11), against the budgets of that table. KiB are 1,024 bytes.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::bundles::{file_name, Bundle, Place, BUNDLES};
use crate::sri::{files_under, relative};
use crate::Fail;

fn kib(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1024.0)
}

/// The sizes of files as a browser receives them: raw, gzip (level 9) and brotli (quality
/// 11), measured by Node.js's zlib, which is Google's brotli and zlib: the encoders CDNs and
/// web servers use (a Rust port of brotli came out up to 1 % larger on these files).
const MEASURE: &str = r#"
const { readFileSync } = require('node:fs');
const { brotliCompressSync, gzipSync, constants } = require('node:zlib');
for (const file of process.argv.slice(1)) {
  const data = readFileSync(file);
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${data.length} ${gzipSync(data, { level: 9 }).length} ${br}`);
}
"#;

/// (raw, gzip, brotli) bytes of each file.
pub fn sizes(files: &[PathBuf]) -> Result<Vec<(usize, usize, usize)>, Fail> {
    let out = Command::new("node")
        .arg("-e")
        .arg(MEASURE)
        .args(files)
        .output()?;
    if !out.status.success() {
        return Err(Fail(format!(
            "node (sizes): {}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let sizes: Vec<(usize, usize, usize)> = text
        .lines()
        .filter_map(|line| {
            let n: Vec<usize> = line.split(' ').filter_map(|p| p.parse().ok()).collect();
            (n.len() == 3).then(|| (n[0], n[1], n[2]))
        })
        .collect();
    if sizes.len() != files.len() {
        return Err(Fail(format!(
            "node (sizes) measured {} of {} files",
            sizes.len(),
            files.len()
        )));
    }
    Ok(sizes)
}

/// A bundle's folder in the site.
fn folder(site: &Path, bundle: &Bundle) -> Result<PathBuf, Fail> {
    match bundle.place {
        Place::Root => Ok(site.to_path_buf()),
        Place::Page(_) | Place::Module => Ok(site.join(bundle.name)),
        Place::Embed(sub) => {
            let versions: Vec<PathBuf> = fs::read_dir(site.join("embed"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect();
            match versions.as_slice() {
                [one] => Ok(one.join(sub)),
                _ => Err(Fail(format!(
                    "{}/embed: expected one versioned folder",
                    site.display()
                ))),
            }
        }
    }
}

/// The wasm and JS a bundle is made of: its folder's own files, the JS snippets its
/// module imports, and for the embed bundle the loader seloste.js at the root.
fn files(site: &Path, bundle: &Bundle) -> Result<Vec<PathBuf>, Fail> {
    let dir = folder(site, bundle)?;
    let mut found = Vec::new();
    for entry in fs::read_dir(&dir)? {
        let path = entry?.path();
        let name = file_name(&path);
        let loader_at_root = bundle.place == Place::Root && name == "seloste.js";
        if path.is_file() && (name.ends_with(".wasm") || name.ends_with(".js")) && !loader_at_root {
            found.push(path);
        }
    }
    if dir.join("snippets").is_dir() {
        found.extend(
            files_under(&dir.join("snippets"))?
                .into_iter()
                .filter(|p| file_name(p).ends_with(".js")),
        );
    }
    if matches!(bundle.place, Place::Embed(_)) {
        found.push(site.join("seloste.js"));
    }
    found.sort();
    Ok(found)
}

/// The chunk of what follows a made request (`later!(in after: …)`).
const AFTER_CHUNK: &str = "split_after.wasm";

/// A chunk the form fetches only when it gets that far (the later stages): counted apart.
fn is_chunk(path: &Path) -> bool {
    crate::wasm::is_chunk(&file_name(path))
}

pub fn report(site: &Path) -> Result<(), Fail> {
    let mut over = Vec::new();
    println!(
        "{:<52}{:>10}{:>10}{:>12}",
        "file", "raw KiB", "gzip KiB", "brotli KiB"
    );
    for bundle in BUNDLES {
        let files = match files(site, bundle) {
            Ok(files) if !files.is_empty() => files,
            _ => {
                over.push(format!("no {} bundle in {}", bundle.name, site.display()));
                continue;
            }
        };
        let (mut first, mut later) = (0, 0);
        // The chunk `after` ("my requests" and the letters) is fetched only on the
        // confirmation or by <seloste-requests>: counted apart from the later chunk.
        let mut after = 0;
        for (file, (raw, gz, br)) in files.iter().zip(sizes(&files)?) {
            if file_name(file) == AFTER_CHUNK {
                after += br;
            } else if is_chunk(file) {
                later += br;
            } else {
                first += br;
            }
            let shown = relative(site, file);
            println!(
                "{:<52}{:>10}{:>10}{:>12}",
                shown,
                kib(raw),
                kib(gz),
                kib(br)
            );
        }
        let budget = match bundle.budget_kib {
            Some(b) => format!("budget {b} KiB"),
            None => "no budget".into(),
        };
        println!(
            "{} ({}): wasm + JS, brotli: {} KiB ({budget})",
            bundle.name,
            bundle.audience,
            kib(first)
        );
        if let Some(b) = bundle.budget_kib {
            let room = b as i64 * 1024 - first as i64;
            if room < 0 {
                over.push(format!(
                    "{} over its budget by {} KiB",
                    bundle.name,
                    kib(-room as usize)
                ));
            } else {
                println!("  {} KiB to spare", kib(room as usize));
            }
        }
        if bundle.split {
            let b = bundle.chunk_budget_kib.unwrap_or(0);
            println!("  + its later chunk (with the code it shares with `after`), fetched past the first step or for the outbox: {} KiB brotli (budget {b} KiB)", kib(later));
            if later == 0 {
                over.push(format!("{} has no later chunk", bundle.name));
            } else if later > b as usize * 1024 {
                over.push(format!(
                    "{}'s later chunk over its budget by {} KiB",
                    bundle.name,
                    kib(later - b as usize * 1024)
                ));
            }
        }
        if after > 0 {
            println!("  + its chunk `after`, fetched on the confirmation or by <seloste-requests> (with the shared code above): {} KiB brotli (no budget)", kib(after));
        }
        if let Place::Embed(sub) = bundle.place {
            let release = folder(site, bundle)?;
            let release = if sub.is_empty() {
                release
            } else {
                release.join("..")
            };
            let css = sizes(&[release.join("seloste.css")])?;
            println!(
                "  + its shadow stylesheet seloste.css: {} KiB brotli",
                kib(css[0].2)
            );
        }
    }
    if over.is_empty() {
        Ok(())
    } else {
        Err(Fail(format!("size: {}", over.join("; "))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_come_from_node_s_zlib() {
        let dir = std::env::temp_dir().join(format!("xtask-size-{}", std::process::id()));
        let _ = fs::create_dir_all(&dir);
        let file = dir.join("a.txt");
        let _ = fs::write(&file, "tietosuojaseloste ".repeat(1000));
        let measured = sizes(&[file]).unwrap_or_default();
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(measured.len(), 1);
        let (raw, gz, br) = measured[0];
        assert_eq!(raw, 18_000);
        assert!(br < gz && gz < 200, "{gz} {br}");
    }
}
