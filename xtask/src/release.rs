//! `cargo xtask release [--site DIR] [--rehearsal] [--no-verify]`: one command makes the
//! three things a release publishes, in `target/seloste-release/<version>/`, and checks
//! that their versions agree:
//!
//! - `seloste-<version>/`, the versioned CDN folder: `seloste.js` and everything it loads
//!   (`embed/<version>-<hash>/`, `pdf/`, `forms/`, `fonts/`), the iframe embed `frame/`,
//!   the JSON Schemas and the OpenAPI, with `sri.json`, the sha384 of every file;
//! - `seloste-<version>.tgz`, the npm package (`npm pack`): that folder, with
//!   `app/npm/`'s `package.json`, TypeScript declarations, README and `bin/`, and
//!   `CHANGELOG.md`;
//! - `seloste-<version>.crate`, the crate as `cargo package` makes (and, unless
//!   `--no-verify`, builds) it.
//!
//! Before anything is made it checks that `app/npm/package.json` has the workspace's
//! version, that `CHANGELOG.md` has that version's entry, that the crate's repository is a
//! real address and that the working tree has no changes. A rehearsal (`--rehearsal`,
//! what the test command runs) takes `[Unreleased]` for the version's entry and lets the
//! other two pass with a warning. After, it reads each artifact's version back from the
//! artifact itself. Without `--site`, the site is built first (`cargo xtask site`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cargo, output, pages, root, run, sri, Fail};

/// What the CDN folder holds, below the site.
const CDN_PARTS: [&str; 8] = [
    "seloste.js",
    "embed",
    "pdf",
    "forms",
    "fonts",
    "frame",
    "schemas",
    "openapi.json",
];

/// Every file kind of the CDN folder, each listed in its `sri.json`.
const CDN_KINDS: [&str; 7] = [".js", ".wasm", ".css", ".json", ".ttf", ".html", ".svg"];

/// The npm package's own files beside the CDN folder's (in `app/npm/`).
const NPM_OWN: [&str; 5] = [
    "package.json",
    "seloste.d.ts",
    "request.d.ts",
    "README.md",
    "bin",
];

/// A placeholder that must not reach a registry.
const PLACEHOLDER_HOST: &str = ".invalid";

struct Options {
    site: Option<PathBuf>,
    rehearsal: bool,
    verify: bool,
}

impl Options {
    fn read(args: &[String]) -> Result<Options, Fail> {
        let mut options = Options {
            site: None,
            rehearsal: false,
            verify: true,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--rehearsal" => options.rehearsal = true,
                "--no-verify" => options.verify = false,
                "--site" => {
                    let dir = args
                        .next()
                        .ok_or_else(|| Fail("--site needs a folder".into()))?;
                    options.site = Some(root().join(dir));
                }
                other => return Err(Fail(format!("release: unknown argument {other}"))),
            }
        }
        Ok(options)
    }
}

pub fn release(args: &[String]) -> Result<(), Fail> {
    let options = Options::read(args)?;
    let version = pages::version()?;
    preconditions(&version, options.rehearsal)?;
    let site = match &options.site {
        Some(site) => site.clone(),
        None => {
            crate::site(&[])?;
            root().join("dist")
        }
    };
    let out = root().join("target/seloste-release").join(&version);
    if out.exists() {
        fs::remove_dir_all(&out)?;
    }
    let cdn = out.join(format!("seloste-{version}"));
    for part in CDN_PARTS {
        copy(&site.join(part), &cdn.join(part))?;
    }
    fs::write(
        cdn.join("sri.json"),
        sri::list_of(&cdn, &CDN_PARTS, &CDN_KINDS)?,
    )?;
    let tarball = npm_package(&cdn, &out, &version)?;
    let krate = crate_package(&out, &version, &options)?;
    let checked = check_artifacts(&cdn, &tarball, &krate, &version)?;
    println!(
        "release {version}{}:",
        if options.rehearsal {
            " (rehearsal)"
        } else {
            ""
        }
    );
    let (files, bytes) = folder_size(&cdn)?;
    println!("  {}: {files} files, {} KiB", shown(&cdn), kib(bytes));
    for artifact in [&tarball, &krate] {
        println!(
            "  {}: {} KiB",
            shown(artifact),
            kib(fs::metadata(artifact)?.len())
        );
    }
    for line in checked {
        println!("  ✓ {line}");
    }
    Ok(())
}

/// What must hold before anything is made; in a rehearsal, the changelog's
/// `[Unreleased]` stands for the version, and a placeholder repository or a changed tree
/// are warnings.
fn preconditions(version: &str, rehearsal: bool) -> Result<(), Fail> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let npm = fs::read_to_string(root().join("app/npm/package.json"))?;
    match json_string(&npm, "version") {
        Some(v) if v == version => {}
        found => problems.push(format!(
            "app/npm/package.json has version {found:?}, the workspace {version}"
        )),
    }
    let changelog = fs::read_to_string(root().join("CHANGELOG.md"))?;
    let entry =
        has_entry(&changelog, version) || (rehearsal && has_entry(&changelog, "Unreleased"));
    if !entry {
        problems.push(format!("CHANGELOG.md has no entry \"## [{version}]\""));
    }
    let manifest = fs::read_to_string(root().join("Cargo.toml"))?;
    if manifest
        .lines()
        .any(|l| l.starts_with("repository") && l.contains(PLACEHOLDER_HOST))
    {
        let said = "Cargo.toml: the repository is a placeholder (set the real address)".to_string();
        if rehearsal {
            warnings.push(said)
        } else {
            problems.push(said)
        }
    }
    let changed = output("git", &["status", "--porcelain"])?;
    if !changed.trim().is_empty() {
        let said = "the working tree has changes: a release is made from a commit".to_string();
        if rehearsal {
            warnings.push(said)
        } else {
            problems.push(said)
        }
    }
    for warning in &warnings {
        eprintln!("release (rehearsal): {warning}");
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Fail(format!("not released:\n  {}", problems.join("\n  "))))
    }
}

/// The npm package: the CDN folder with the package's own files, packed by npm.
fn npm_package(cdn: &Path, out: &Path, version: &str) -> Result<PathBuf, Fail> {
    let npm = out.join("npm");
    copy(cdn, &npm)?;
    for own in NPM_OWN {
        copy(&root().join("app/npm").join(own), &npm.join(own))?;
    }
    copy(&root().join("CHANGELOG.md"), &npm.join("CHANGELOG.md"))?;
    run(Command::new("npm")
        .args(["pack", "--silent", "--pack-destination"])
        .arg(out)
        .arg(&npm))?;
    let tarball = out.join(format!("seloste-{version}.tgz"));
    if !tarball.is_file() {
        return Err(Fail(format!(
            "npm pack did not write {}",
            tarball.display()
        )));
    }
    fs::remove_dir_all(&npm)?;
    Ok(tarball)
}

/// The crate as `cargo package` makes it, copied beside the others.
fn crate_package(out: &Path, version: &str, options: &Options) -> Result<PathBuf, Fail> {
    let mut package = cargo();
    package.args(["package", "--locked", "-p", "seloste"]);
    if !options.verify {
        package.arg("--no-verify");
    }
    if options.rehearsal {
        package.arg("--allow-dirty");
    }
    run(&mut package)?;
    let name = format!("seloste-{version}.crate");
    let krate = out.join(&name);
    fs::copy(root().join("target/package").join(&name), &krate)?;
    Ok(krate)
}

/// Each artifact's version read back from the artifact; what was checked, line by line.
fn check_artifacts(
    cdn: &Path,
    tarball: &Path,
    krate: &Path,
    version: &str,
) -> Result<Vec<String>, Fail> {
    let mut problems = Vec::new();
    let loader = fs::read_to_string(cdn.join("seloste.js"))?;
    let embed: Vec<String> = fs::read_dir(cdn.join("embed"))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    match embed.as_slice() {
        [one] if one.starts_with(&format!("{version}-")) && loader.contains(&format!("embed/{one}/")) => {}
        _ => problems.push(format!("the CDN folder's embed/ holds {embed:?}, which seloste.js must name, of version {version}")),
    }
    let tar = |args: &[&str]| output("tar", args);
    let tarball_path = tarball.to_string_lossy();
    let npm_json = tar(&["-xzOf", &tarball_path, "package/package.json"])?;
    if json_string(&npm_json, "version").as_deref() != Some(version) {
        problems.push(format!("{} is not version {version}", shown(tarball)));
    }
    let packed: Vec<String> = tar(&["-tzf", &tarball_path])?
        .lines()
        .map(|l| l.trim_start_matches("package/").to_string())
        .collect();
    let missing: Vec<String> = sri::files_under(cdn)?
        .iter()
        .map(|f| sri::relative(cdn, f))
        .filter(|f| !packed.contains(f))
        .collect();
    if !missing.is_empty() {
        problems.push(format!(
            "the npm package lacks {missing:?} (package.json's files)"
        ));
    }
    if tar(&["-xzOf", &tarball_path, "package/seloste.js"])? != loader {
        problems.push("the npm package's seloste.js is not the CDN folder's".into());
    }
    let manifest = tar(&[
        "-xzOf",
        &krate.to_string_lossy(),
        &format!("seloste-{version}/Cargo.toml"),
    ])?;
    if !manifest
        .lines()
        .any(|l| l == format!("version = \"{version}\""))
    {
        problems.push(format!(
            "{}'s Cargo.toml is not version {version}",
            shown(krate)
        ));
    }
    if !problems.is_empty() {
        return Err(Fail(format!(
            "the artifacts disagree:\n  {}",
            problems.join("\n  ")
        )));
    }
    Ok(vec![
        format!("seloste.js loads embed/{}/", embed.join("")),
        format!("the npm package is version {version} and holds every file of the CDN folder ({} files packed)", packed.len()),
        format!("the crate is version {version}"),
    ])
}

/// A file or a whole folder, copied.
fn copy(from: &Path, to: &Path) -> Result<(), Fail> {
    if from.is_dir() {
        fs::create_dir_all(to)?;
        for entry in fs::read_dir(from)? {
            let entry = entry?;
            copy(&entry.path(), &to.join(entry.file_name()))?;
        }
        return Ok(());
    }
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::copy(from, to).map_err(|e| Fail(format!("{}: {e}", from.display())))?;
    Ok(())
}

fn folder_size(dir: &Path) -> Result<(usize, u64), Fail> {
    let files = sri::files_under(dir)?;
    let mut bytes = 0;
    for file in &files {
        bytes += fs::metadata(file)?.len();
    }
    Ok((files.len(), bytes))
}

fn kib(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1024.0)
}

fn shown(path: &Path) -> String {
    sri::relative(&root(), path)
}

/// A top-level string member of a JSON object written one member per line (as
/// `package.json` is).
fn json_string(json: &str, name: &str) -> Option<String> {
    let key = format!("\"{name}\":");
    json.lines().find_map(|line| {
        let rest = line.trim().strip_prefix(&key)?.trim().trim_end_matches(',');
        Some(rest.strip_prefix('"')?.strip_suffix('"')?.to_string())
    })
}

/// Whether a Keep a Changelog file has the entry `## [name]`.
fn has_entry(changelog: &str, name: &str) -> bool {
    let heading = format!("## [{name}]");
    changelog
        .lines()
        .any(|l| l == heading || l.starts_with(&format!("{heading} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_package_json_version() {
        let json = "{\n  \"name\": \"seloste\",\n  \"version\": \"0.1.0\",\n  \"x\": 1\n}";
        assert_eq!(json_string(json, "version").as_deref(), Some("0.1.0"));
        assert_eq!(json_string(json, "name").as_deref(), Some("seloste"));
        assert_eq!(json_string(json, "x"), None);
    }

    #[test]
    fn a_changelog_entry_is_its_heading() {
        let log = "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-12-03\n";
        assert!(has_entry(log, "0.1.0"));
        assert!(has_entry(log, "Unreleased"));
        assert!(!has_entry(log, "0.1"));
        assert!(!has_entry("see [0.2.0]", "0.2.0"));
    }

    /// The template of the npm package has the workspace's version (the release command
    /// refuses otherwise; this says it sooner).
    #[test]
    fn the_npm_package_has_the_workspace_version() {
        let npm = fs::read_to_string(root().join("app/npm/package.json"))
            .unwrap_or_else(|e| panic!("app/npm/package.json: {e}"));
        assert_eq!(json_string(&npm, "version"), pages::version().ok());
    }
}
