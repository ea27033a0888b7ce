//! Every bundle of the site in one table, and how `cargo xtask bundles` builds them.
//!
//! Architecture Invariant: a citizen reading a notice loads only a notice's bundle (the
//! demo's notice pages, or the embed's `notice/` for `<seloste-notice>`); the request form,
//! the importer, the verifier and the PDF maker are bundles of their own, so no bundle
//! carries another's code. Only the request form's bundles (request page
//! and embed) are split and built for size, so only they carry the later chunk.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::toolchain::{self, Passed};
use crate::{cargo, imports, pages, root, run, snippets, sri, wasm, Fail};

/// How a bundle's wasm is compiled.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// By Trunk itself (`app/index.html`): the notice pages.
    Trunk,
    /// Profile `release` (debug builds: `dev`).
    Release,
    /// Profile `bundle`: `release` plus the unstable options of [`toolchain::UNSTABLE`].
    ForSize,
}

/// Where a bundle sits in the site.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The top of the site (Trunk's index.html).
    Root,
    /// A page of its own in `<name>/`, with this title.
    Page(&'static str),
    /// A module in `<name>/` that pages import on demand.
    Module,
    /// `embed/<version>-<hash>/`, or the sub-folder named of it (the notice bundle's
    /// `notice/`), loaded by `seloste.js` at the root.
    Embed(&'static str),
}

/// One bundle: a binary of `app/`, how it is built and where it goes, and its budget.
pub struct Bundle {
    /// Its folder in the site (`request/`), and its name in reports.
    pub name: &'static str,
    /// The binary of crate `seloste-app`.
    pub bin: &'static str,
    pub build: Build,
    /// With the form's later stages cut off into a chunk (feature `split`).
    pub split: bool,
    pub place: Place,
    /// What it loads first (wasm, JS glue, snippets, and for the embed `seloste.js`),
    /// brotli, KiB; `None`: reported only.
    pub budget_kib: Option<u32>,
    /// Its later chunk (`split_*.wasm`), brotli, KiB.
    pub chunk_budget_kib: Option<u32>,
    /// Who loads it, for the size report.
    pub audience: &'static str,
}

impl Bundle {
    /// The name of its JS module and wasm: a page's is named after its folder
    /// (`request/request.js`); a module other code imports keeps its binary's name
    /// (`pdf/seloste-pdf.js`, `seloste-embed.js`).
    pub fn module_name(&self) -> &'static str {
        match self.place {
            Place::Page(_) => self.name,
            Place::Embed(_) | Place::Module | Place::Root => self.bin,
        }
    }
}

/// The site's bundles. The size report reads its budgets from here.
pub const BUNDLES: &[Bundle] = &[
    Bundle {
        name: "notices",
        bin: "seloste-app",
        build: Build::Trunk,
        split: false,
        place: Place::Root,
        budget_kib: Some(150),
        chunk_budget_kib: None,
        audience: "every reader of a notice",
    },
    Bundle {
        name: "request",
        bin: "seloste-request",
        build: Build::ForSize,
        split: true,
        place: Place::Page("Pyyntö"),
        // 150 until issue 21's "my requests" under the form, 151 until issue 19 (docs/size.md).
        budget_kib: Some(146),
        // Off the first view's path; 95 until issue 17's delivery guarantees, 100 until
        // issue 21's chunk `after`, which shares code with it, 104 until issue 19 read the
        // notices' index with the crate's JSON reader: serde_json's reader left the first
        // load (150.5 -> 141.0) for this chunk, the only code of the page that uses it
        // (docs/size.md); 113 until issue 24's deadlines counted in working days and
        // Finnish time, times in the citizen's words and the outbox's news (+3.2); 116
        // until issue 24's character count under text areas (+2.9); 119 until a refusal's
        // status kept from citizens and the mail path's warning and secure channel (+2.9);
        // 122 until issue 18's requests encrypted to the office and its signed receipts
        // (+15.6: the key set read, the receipt read and checked, the encrypted bodies, the
        // confirmation's receipt and the encrypted mail path).
        chunk_budget_kib: Some(138),
        audience: "a citizen making a request",
    },
    Bundle {
        name: "embed-notice",
        bin: "seloste-notice",
        build: Build::ForSize,
        split: false,
        place: Place::Embed("notice"),
        // Issue 19: a notice-only page's first load at most 60 KiB.
        budget_kib: Some(60),
        chunk_budget_kib: None,
        audience: "a host page with only <seloste-notice>: no form code",
    },
    Bundle {
        name: "embed",
        bin: "seloste-embed",
        build: Build::ForSize,
        split: true,
        place: Place::Embed(""),
        // Loader + form on a host page (issue 8); 150 and 100 until issue 21's saved answers
        // and <seloste-requests> (152 and 108, then 154 and 112 with 1 KiB for the checkout
        // path's noise); the notice went to a bundle of its own in issue 19 (153 -> 144);
        // the chunk 112 until issue 24's deadlines in working days and Finnish time, times
        // in the citizen's words and the outbox's news (+2.6), then 115 until issue 24's
        // character count under text areas (+3.1; its place in the first load +0.6, so
        // the first load 146 -> 147), 119 until a refusal's status kept from citizens and
        // the mail path's warning and secure channel (+2.6), then 122 until issue 18's
        // requests encrypted to the office and its signed receipts (+15.8); the first load
        // 147 until issue 18 (+2.0: WebCrypto's side in `webcrypto.js`, a snippet the glue
        // loads at once, and the notice's `requests.keys` read with it), within issue 8's
        // 150.
        budget_kib: Some(149),
        chunk_budget_kib: Some(138),
        audience: "a host page with <seloste-request> (its notice adds embed-notice's wasm)",
    },
    Bundle {
        name: "pdf",
        bin: "seloste-pdf",
        // For size (issue 19): what a citizen waits for after pressing the PDF button.
        build: Build::ForSize,
        split: false,
        place: Place::Module,
        budget_kib: None,
        chunk_budget_kib: None,
        audience: "loaded on demand, when a citizen asks for a PDF",
    },
    Bundle {
        name: "importer",
        bin: "seloste-importer",
        build: Build::Release,
        split: false,
        place: Place::Page("Selosteen tuonti"),
        budget_kib: None,
        chunk_budget_kib: None,
        audience: "staff only",
    },
    Bundle {
        name: "pdf-text",
        bin: "seloste-pdf-text",
        build: Build::Release,
        split: false,
        place: Place::Module,
        budget_kib: None,
        chunk_budget_kib: None,
        audience: "staff only, loaded when a PDF is chosen in the studio",
    },
    Bundle {
        name: "verify",
        bin: "seloste-verify",
        build: Build::Release,
        split: false,
        place: Place::Page("Tarkista pyyntö"),
        budget_kib: None,
        chunk_budget_kib: None,
        audience: "staff only",
    },
];

/// Release or debug, as Trunk builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Release,
    Debug,
}

impl Profile {
    /// The cargo profile and its folder under `target/wasm32-unknown-unknown/`.
    fn cargo_profile(self, build: Build) -> &'static str {
        match (self, build) {
            (Profile::Debug, _) => "dev",
            (Profile::Release, Build::ForSize) => "bundle",
            (Profile::Release, _) => "release",
        }
    }

    pub fn folder(self, build: Build) -> &'static str {
        match self.cargo_profile(build) {
            "dev" => "debug",
            other => other,
        }
    }
}

/// `cargo xtask bundles`: Trunk's post-build hook.
pub fn build() -> Result<(), Fail> {
    let staging = std::env::var("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .map_err(|_| Fail("bundles is Trunk's post-build hook: run cargo xtask site".into()))?;
    let profile = match std::env::var("TRUNK_PROFILE").as_deref() {
        Ok("debug") => Profile::Debug,
        _ => Profile::Release,
    };
    compile(profile)?;
    let embed_build = staging.join("embed-build");
    for bundle in BUNDLES.iter().filter(|b| b.build != Build::Trunk) {
        let out = match bundle.place {
            Place::Embed(sub) => embed_build.join(sub),
            _ => staging.join(bundle.name),
        };
        let built = root()
            .join("target/wasm32-unknown-unknown")
            .join(profile.folder(bundle.build))
            .join(format!("{}.wasm", bundle.bin));
        link(bundle, profile, &built, &out)?;
        if let Place::Page(title) = bundle.place {
            pages::page(bundle.name, title, &out)?;
        }
    }
    if !embed_build.is_dir() {
        return Err(Fail("BUNDLES has no embed bundle".into()));
    }
    // The embed bundles' folder is named by a hash of all they hold.
    let release = pages::embed(&staging, &embed_build)?;
    // seloste.js last: it holds the hash of every file it loads, the PDF maker's included.
    pages::loader(&staging, &release, profile)?;
    pages::notice_pages(&staging)?;
    sri::write_list(&staging)
}

/// Compiles every bundle's wasm: one cargo call per kind of build, split or not.
fn compile(profile: Profile) -> Result<(), Fail> {
    let (cargo_options, rustflags) = (
        toolchain::options(Passed::Cargo),
        toolchain::options(Passed::Rustflags),
    );
    // Split and unsplit bundles apart: feature `split` keeps the later stages' code reachable
    // from every binary of the call, and the notice bundle must not carry it.
    for build in [Build::Release, Build::ForSize] {
        for split in [false, true] {
            let chosen: Vec<&Bundle> = BUNDLES
                .iter()
                .filter(|b| b.build == build && b.split == split)
                .collect();
            cargo_build(&chosen, profile, &cargo_options, &rustflags, None)?;
        }
    }
    Ok(())
}

/// One cargo call for bundles of the same kind of build; those built for size get the
/// unstable options given (release builds only), and all go to `target_dir` when given.
pub fn cargo_build(
    chosen: &[&Bundle],
    profile: Profile,
    cargo_options: &[&str],
    rustflags: &[&str],
    target_dir: Option<&Path>,
) -> Result<(), Fail> {
    let Some(build) = chosen.first().map(|b| b.build) else {
        return Ok(());
    };
    let mut command = cargo();
    command
        .args([
            "build",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "seloste-app",
        ])
        .args(["--profile", profile.cargo_profile(build)]);
    if chosen.iter().any(|b| b.split) {
        command.args(["--features", "split"]);
    }
    for bundle in chosen {
        command.args(["--bin", bundle.bin]);
    }
    if build == Build::ForSize && profile == Profile::Release {
        toolchain::check()?;
        command
            .args(cargo_options)
            .env("RUSTC_BOOTSTRAP", "1")
            .env("RUSTFLAGS", rustflags.join(" "));
    }
    if let Some(dir) = target_dir {
        command.arg("--target-dir").arg(dir);
    }
    run(&mut command)
}

/// One bundle's wasm-bindgen module and wasm in `out` (cut into a main wasm and chunks
/// first when split; optimised and its JS minified in release builds).
pub fn link(bundle: &Bundle, profile: Profile, built: &Path, out: &Path) -> Result<(), Fail> {
    fs::create_dir_all(out)?;
    let out_name = bundle.module_name();
    let mut input = built.to_path_buf();
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen.args(["--target", "web", "--no-typescript"]);
    if bundle.split {
        if !wasm::has_split_points(built)? {
            return Err(Fail(format!(
                "{}: built without its split points",
                built.display()
            )));
        }
        // wasm-split-cli's output, beside the wasm it cuts.
        let cut = built.with_extension("cut");
        let _ = fs::remove_dir_all(&cut);
        fs::create_dir_all(&cut)?;
        run(Command::new("wasm-split-cli")
            .args(["--target", "web", "--out-name", out_name])
            .arg(built)
            .arg(&cut))?;
        for entry in fs::read_dir(&cut)? {
            let path = entry?.path();
            let name = file_name(&path);
            if name == "__wasm_split.js" || wasm::is_chunk(&name) {
                fs::copy(&path, out.join(&name))?;
            }
        }
        input = cut.join(format!("{out_name}.wasm"));
        bindgen.arg("--keep-lld-exports");
    }
    run(bindgen
        .arg("--out-dir")
        .arg(out)
        .args(["--out-name", out_name])
        .arg(&input))?;
    let main = out.join(format!("{out_name}_bg.wasm"));
    if profile == Profile::Release {
        wasm::drop_unused_exports(&main)?;
        let glue = out.join(format!("{out_name}.js"));
        wasm::drop_unused_classes(&glue)?;
        let renamed = imports::shorten(&main, &glue, &format!("./{out_name}_bg.js"))?;
        println!("xtask: {renamed} imports of {out_name}'s glue given short names");
        wasm::optimise(&main)?;
    }
    let chunks = wasm::chunks(out)?;
    for chunk in &chunks {
        if profile == Profile::Release {
            wasm::optimise(chunk)?;
        }
    }
    if !chunks.is_empty() {
        wasm::write_chunk_integrity(&out.join("__wasm_split.js"), &chunks)?;
    }
    // wasm-bindgen writes every JS snippet of the crate; keep only those imported.
    let glue = fs::read_to_string(out.join(format!("{out_name}.js")))?;
    let split = fs::read_to_string(out.join("__wasm_split.js")).unwrap_or_default();
    snippets::prune(out, &[glue, split])?;
    if profile == Profile::Release {
        minify(&js_files(out)?)?;
    }
    Ok(())
}

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every `.js` file under a folder.
pub fn js_files(dir: &Path) -> Result<Vec<PathBuf>, Fail> {
    let mut found = Vec::new();
    for path in sri::files_under(dir)? {
        if file_name(&path).ends_with(".js") {
            found.push(path);
        }
    }
    Ok(found)
}

/// Release JS without comments and with short local names (terser; module code, no unsafe
/// transforms): the glue, the chunk loader, the snippets and seloste.js.
pub fn minify(files: &[PathBuf]) -> Result<(), Fail> {
    let terser = root().join("node_modules/.bin/terser");
    for file in files {
        let min = file.with_extension("js.min");
        run(Command::new(&terser)
            .arg(file)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(&min))?;
        fs::rename(&min, file)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bin_of_the_app_is_a_bundle_once() {
        let manifest = fs::read_to_string(root().join("app/Cargo.toml")).unwrap_or_default();
        // The package's name first, then each [[bin]]'s.
        let mut declared: Vec<&str> = manifest
            .lines()
            .filter_map(|l| l.strip_prefix("name = \""))
            .filter_map(|l| l.strip_suffix('"'))
            .skip(1)
            .collect();
        let mut listed: Vec<&str> = BUNDLES.iter().map(|b| b.bin).collect();
        listed.sort();
        declared.sort();
        assert_eq!(listed, declared, "app/Cargo.toml's [[bin]]s and BUNDLES");
    }

    /// The names the app's code imports the PDF maker and the embed wasm by.
    #[test]
    fn modules_have_the_names_the_app_imports() {
        let request = fs::read_to_string(root().join("app/src/bin/request.rs")).unwrap_or_default();
        let embed = fs::read_to_string(root().join("app/src/bin/embed.rs")).unwrap_or_default();
        let loader = fs::read_to_string(root().join("app/embed/seloste.js")).unwrap_or_default();
        for bundle in BUNDLES {
            let name = bundle.module_name();
            match bundle.place {
                // The studio's PDF reader is loaded by its file field.
                Place::Module if bundle.name == "pdf-text" => {
                    let field =
                        fs::read_to_string(root().join("components/src/web/staff/source_file.rs"))
                            .unwrap_or_default();
                    let path = format!("{}/{name}.js", bundle.name);
                    assert!(field.contains(&path), "{path}");
                }
                Place::Module => {
                    let path = format!("{}/{name}.js", bundle.name);
                    assert!(request.contains(&path) && embed.contains(&path), "{path}");
                }
                // `BUNDLES` in seloste.js: `{ dir: …, name: 'seloste-embed' }`.
                Place::Embed(_) => assert!(loader.contains(&format!("name: '{name}'")), "{name}"),
                Place::Page(_) => assert_eq!(name, bundle.name),
                Place::Root => {}
            }
        }
    }

    #[test]
    fn budgets_where_citizens_load() {
        for bundle in BUNDLES {
            assert_eq!(
                bundle.split,
                bundle.chunk_budget_kib.is_some(),
                "{}",
                bundle.name
            );
            // Split bundles are cut by wasm-split, which needs the build for size.
            assert!(
                !bundle.split || bundle.build == Build::ForSize,
                "{}",
                bundle.name
            );
        }
        let first = &BUNDLES[0];
        assert!(first.build == Build::Trunk && first.place == Place::Root);
    }
}
