//! What the bundles' build does to wasm files: split points, unused exports, wasm-opt, and
//! the integrity of the chunks the split loader fetches.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::bundles::file_name;
use crate::{run, sri, Fail};

/// The wasm features rustc enables by default for wasm32-unknown-unknown, for binaryen.
const FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Whether a linked wasm has `wasm_split` split points (built with feature `split`).
pub fn has_split_points(wasm: &Path) -> Result<bool, Fail> {
    let bytes = fs::read(wasm).map_err(|e| Fail(format!("{}: {e}", wasm.display())))?;
    let marker = b"__wasm_split_placeholder__";
    Ok(bytes.windows(marker.len()).any(|w| w == marker))
}

/// The names a wasm exports.
pub fn exports(wasm: &Path) -> Result<Vec<String>, Fail> {
    let bytes = fs::read(wasm)?;
    let mut names = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
        let payload = payload.map_err(|e| Fail(format!("{}: {e}", wasm.display())))?;
        if let wasmparser::Payload::ExportSection(section) = payload {
            for export in section {
                let export = export.map_err(|e| Fail(format!("{}: {e}", wasm.display())))?;
                names.push(export.name.to_string());
            }
        }
    }
    Ok(names)
}

/// Exports nothing uses: the classes of wasm-streams (IntoUnderlyingSink, …Source,
/// …ByteSource). Leptos links wasm-streams into every bundle through server_fn, and its
/// `#[wasm_bindgen]` classes are exports the linker must keep, although nothing here uses
/// server functions. Their JS classes stay in the glue, never constructed.
pub fn is_unused_export(name: &str) -> bool {
    let name = name.strip_prefix("__wbg_").unwrap_or(name);
    [
        "intounderlyingsink_",
        "intounderlyingsource_",
        "intounderlyingbytesource_",
    ]
    .iter()
    .any(|p| name.starts_with(p))
}

/// The graph for binaryen's wasm-metadce: every export kept but the unused ones.
pub fn metadce_graph(exports: &[String]) -> String {
    let kept: Vec<&String> = exports.iter().filter(|e| !is_unused_export(e)).collect();
    let unused: Vec<&String> = exports.iter().filter(|e| is_unused_export(e)).collect();
    let reaches: Vec<String> = (0..kept.len()).map(|i| format!("\"kept{i}\"")).collect();
    let mut nodes = vec![format!(
        "{{\"name\":\"outside\",\"root\":true,\"reaches\":[{}]}}",
        reaches.join(",")
    )];
    for (i, name) in kept.iter().enumerate() {
        nodes.push(format!("{{\"name\":\"kept{i}\",\"export\":\"{name}\"}}"));
    }
    for (i, name) in unused.iter().enumerate() {
        nodes.push(format!("{{\"name\":\"unused{i}\",\"export\":\"{name}\"}}"));
    }
    format!("[{}]", nodes.join(","))
}

/// Drops the unused exports from a main wasm with wasm-metadce. Fails if it has none of
/// them, so that a change in Leptos is noticed rather than this step silently doing nothing.
pub fn drop_unused_exports(wasm: &Path) -> Result<(), Fail> {
    let exports = exports(wasm)?;
    let unused = exports.iter().filter(|e| is_unused_export(e)).count();
    if unused == 0 {
        return Err(Fail(format!(
            "{}: no wasm-streams classes among its exports; remove this step (xtask/src/wasm.rs)",
            wasm.display()
        )));
    }
    let graph = wasm.with_extension("graph.json");
    fs::write(&graph, metadce_graph(&exports))?;
    let done = run(Command::new("wasm-metadce")
        .args(FEATURES)
        .arg("--graph-file")
        .arg(&graph)
        .arg(wasm)
        .arg("-o")
        .arg(wasm)
        .stdout(std::process::Stdio::null()));
    fs::remove_file(&graph)?;
    done?;
    println!(
        "xtask: {unused} exports of wasm-streams dropped from {}",
        file_name(wasm)
    );
    Ok(())
}

/// The JS classes wasm-bindgen writes for the wasm-streams exports dropped above.
const UNUSED_CLASSES: [&str; 3] = [
    "IntoUnderlyingByteSource",
    "IntoUnderlyingSink",
    "IntoUnderlyingSource",
];

/// Drops the glue's classes of the exports [`drop_unused_exports`] dropped: with their
/// wasm functions gone they are dead code, but as exports of the module no minifier may
/// drop them (about 0.5 KiB brotli on each bundle's first load). Fails if a class is
/// missing or still named after the cut, so that a change in wasm-bindgen's output is
/// noticed rather than this step silently doing nothing or leaving a class half cut.
pub fn drop_unused_classes(glue: &Path) -> Result<(), Fail> {
    let js = fs::read_to_string(glue)?;
    let cut = without_classes(&js, &UNUSED_CLASSES)
        .map_err(|e| Fail(format!("{}: {e}; see xtask/src/wasm.rs", glue.display())))?;
    fs::write(glue, cut)?;
    Ok(())
}

/// `js` without each class's block, its `Symbol.dispose` line and its finalization
/// registry, as wasm-bindgen writes them.
fn without_classes(js: &str, classes: &[&str]) -> Result<String, String> {
    let mut lines: Vec<&str> = js.lines().collect();
    for class in classes {
        let start = lines
            .iter()
            .position(|l| *l == format!("export class {class} {{"))
            .ok_or(format!("no class {class}"))?;
        let end = (start..lines.len())
            .find(|&i| lines[i] == "}")
            .ok_or(format!("class {class} never closes"))?;
        lines.drain(start..=end);
        let dispose = format!(
            "if (Symbol.dispose) {class}.prototype[Symbol.dispose] = {class}.prototype.free;"
        );
        lines.retain(|l| *l != dispose);
        let registry = lines
            .iter()
            .position(|l| l.starts_with(&format!("const {class}Finalization = ")))
            .ok_or(format!("no finalization registry of {class}"))?;
        let registry_end = (registry..lines.len())
            .find(|&i| lines[i].trim_end().ends_with(';'))
            .ok_or(format!("the registry of {class} never ends"))?;
        lines.drain(registry..=registry_end);
    }
    let out = lines.join("\n") + "\n";
    match classes.iter().find(|c| out.contains(*c)) {
        Some(class) => Err(format!("{class} is still named after its class was cut")),
        None => Ok(out),
    }
}

/// wasm-opt -Oz in place.
pub fn optimise(wasm: &Path) -> Result<(), Fail> {
    run(Command::new("wasm-opt")
        .arg("-Oz")
        .args(FEATURES)
        .arg(wasm)
        .arg("-o")
        .arg(wasm))
}

/// Whether a file is a chunk wasm-split-cli cut: a split point's module (`split_*.wasm`)
/// or code two of them share (`chunk_*.wasm`, fetched with either).
pub fn is_chunk(name: &str) -> bool {
    (name.starts_with("split_") || name.starts_with("chunk_")) && name.ends_with(".wasm")
}

/// The chunks (`split_*.wasm`, `chunk_*.wasm`) in a bundle's folder, by name.
pub fn chunks(dir: &Path) -> Result<Vec<PathBuf>, Fail> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if is_chunk(&file_name(&path)) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// The fetch of one chunk as wasm-split-cli 0.2.4 writes it in `__wasm_split.js`.
fn chunk_fetch(chunk: &str) -> String {
    format!("fetch(new URL(\"./{chunk}\", import.meta.url))")
}

/// The same fetch, checked against the chunk's SRI hash, as seloste.js fetches the main
/// wasm.
fn chunk_fetch_with_integrity(chunk: &str, integrity: &str) -> String {
    format!("fetch(new URL(\"./{chunk}\", import.meta.url), {{ integrity: \"{integrity}\" }})")
}

/// The split loader with each chunk's fetch given its integrity. wasm-split-cli has no
/// option for it, so its one fetch per chunk is given the option here; the build fails if
/// a chunk's fetch is not there exactly once (a new wasm-split-cli writing it otherwise).
pub fn with_chunk_integrity(loader: &str, chunks: &[(String, String)]) -> Result<String, Fail> {
    let mut out = loader.to_string();
    for (chunk, integrity) in chunks {
        let fetch = chunk_fetch(chunk);
        let found = out.matches(&fetch).count();
        if found != 1 {
            return Err(Fail(format!(
                "__wasm_split.js: expected `{fetch}` once, found it {found} times \
                 (has wasm-split-cli changed? xtask/src/wasm.rs)"
            )));
        }
        out = out.replace(&fetch, &chunk_fetch_with_integrity(chunk, integrity));
    }
    Ok(out)
}

pub fn write_chunk_integrity(loader: &Path, chunks: &[PathBuf]) -> Result<(), Fail> {
    let mut hashes = Vec::new();
    for chunk in chunks {
        hashes.push((file_name(chunk), sri::integrity(&fs::read(chunk)?)));
    }
    let text = fs::read_to_string(loader)?;
    fs::write(loader, with_chunk_integrity(&text, &hashes)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_chunk_fetch_gets_its_integrity_once() {
        let loader = "const a = () => { const src = fetch(new URL(\"./split_a.wasm\", import.meta.url)); };\n\
                      const b = () => { const src = fetch(new URL(\"./split_b.wasm\", import.meta.url)); };";
        let hashes = [
            ("split_a.wasm".to_string(), "sha384-A".to_string()),
            ("split_b.wasm".to_string(), "sha384-B".to_string()),
        ];
        let out = with_chunk_integrity(loader, &hashes).unwrap_or_default();
        assert!(out.contains(
            "fetch(new URL(\"./split_a.wasm\", import.meta.url), { integrity: \"sha384-A\" })"
        ));
        assert!(out.contains(
            "fetch(new URL(\"./split_b.wasm\", import.meta.url), { integrity: \"sha384-B\" })"
        ));
        let missing = [("split_c.wasm".to_string(), "sha384-C".to_string())];
        assert!(with_chunk_integrity(loader, &missing).is_err());
    }

    #[test]
    fn the_dropped_exports_classes_leave_the_glue_and_nothing_else_does() {
        let glue = "export class Config {\n    free() {\n    }\n}\n\
                    if (Symbol.dispose) Config.prototype[Symbol.dispose] = Config.prototype.free;\n\
                    export class IntoUnderlyingSink {\n    write(n) {\n        return wasm.intounderlyingsink_write(this.__wbg_ptr, n);\n    }\n}\n\
                    if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;\n\
                    const ConfigFinalization = (typeof FinalizationRegistry === 'undefined')\n\
                    \x20   ? { register: () => {}, unregister: () => {} }\n\
                    \x20   : new FinalizationRegistry(ptr => wasm.__wbg_config_free(ptr, 1));\n\
                    const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')\n\
                    \x20   ? { register: () => {}, unregister: () => {} }\n\
                    \x20   : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));\n\
                    export function mount() {}\n";
        let cut = without_classes(glue, &["IntoUnderlyingSink"]).unwrap_or_default();
        assert!(
            !cut.contains("IntoUnderlying") && !cut.contains("intounderlying"),
            "{cut}"
        );
        for kept in [
            "export class Config {",
            "Config.prototype.free;",
            "wasm.__wbg_config_free(ptr, 1));",
            "export function mount() {}",
        ] {
            assert!(cut.contains(kept), "{kept} lost:\n{cut}");
        }
        // A glue without the class, or still naming it elsewhere, is an error.
        assert!(without_classes(&cut, &["IntoUnderlyingSink"]).is_err());
        let named = format!("{glue}const s = IntoUnderlyingSink;\n");
        assert!(without_classes(&named, &["IntoUnderlyingSink"]).is_err());
    }

    #[test]
    fn only_the_wasm_streams_classes_are_dropped() {
        let exports: Vec<String> = [
            "memory",
            "intounderlyingsink_write",
            "__wbg_intounderlyingsource_free",
            "intounderlyingbytesource_start",
            "mount_notice",
        ]
        .map(String::from)
        .to_vec();
        let graph = metadce_graph(&exports);
        assert_eq!(
            graph,
            "[{\"name\":\"outside\",\"root\":true,\"reaches\":[\"kept0\",\"kept1\"]},\
             {\"name\":\"kept0\",\"export\":\"memory\"},{\"name\":\"kept1\",\"export\":\"mount_notice\"},\
             {\"name\":\"unused0\",\"export\":\"intounderlyingsink_write\"},\
             {\"name\":\"unused1\",\"export\":\"__wbg_intounderlyingsource_free\"},\
             {\"name\":\"unused2\",\"export\":\"intounderlyingbytesource_start\"}]"
        );
    }
}
