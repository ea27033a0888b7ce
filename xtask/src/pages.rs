//! The pages around the bundles: each page's index.html and start.js, the notice pages'
//! index.html as Trunk wrote it, and the embed bundle's versioned folder with seloste.js.

use std::fs;
use std::path::Path;
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::bundles::{file_name, minify, Profile};
use crate::{root, sri, Fail};

/// A page of its own: index.html and start.js from the templates in `app/pages/`, and the
/// stylesheets and icon it links.
pub fn page(name: &str, title: &str, out: &Path) -> Result<(), Fail> {
    let root = root();
    let html = fs::read_to_string(root.join("app/pages/page.html"))?;
    fs::write(out.join("index.html"), html.replace("{{TITLE}}", title))?;
    let start = fs::read_to_string(root.join("app/pages/start.js"))?;
    fs::write(out.join("start.js"), start.replace("{{PAGE}}", name))?;
    for file in [
        "public/css/seloste.css",
        "public/css/demo.css",
        "public/favicon.svg",
    ] {
        let from = root.join(file);
        fs::copy(&from, out.join(file_name(&from)))?;
    }
    Ok(())
}

/// Trunk copies the crate's JS snippets next to the notice pages' bundle and preloads
/// them, but that bundle imports none: both are dropped, so readers of notices do not
/// download them.
pub fn notice_pages(site: &Path) -> Result<(), Fail> {
    let mut imports_snippets = false;
    for entry in fs::read_dir(site)? {
        let path = entry?.path();
        let name = file_name(&path);
        if name.starts_with("seloste-app-") && name.ends_with(".js") {
            imports_snippets |= fs::read_to_string(&path)?.contains("snippets/");
        }
    }
    if imports_snippets {
        return Ok(());
    }
    let _ = fs::remove_dir_all(site.join("snippets"));
    let index = site.join("index.html");
    let html = fs::read_to_string(&index)?;
    fs::write(&index, without_snippet_preloads(&html))?;
    Ok(())
}

/// The page without its `<link rel="modulepreload" href="…/snippets/…">` elements.
pub fn without_snippet_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"modulepreload\"") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let link = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        if !link.contains("/snippets/") {
            out.push_str(link);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The embed bundle, versioned by the crate's version and a hash of its content (a CDN can
/// cache it for ever); returns its folder below `site` (`embed/0.1.0-…`), which
/// [`loader`] names in `seloste.js` once every bundle is built.
pub fn embed(site: &Path, built: &Path) -> Result<String, Fail> {
    let root = root();
    let css = Command::new("node")
        .arg(root.join("app/embed/shadow-css.mjs"))
        .arg(root.join("public/css/seloste.css"))
        .current_dir(&root)
        .output()?;
    if !css.status.success() {
        return Err(Fail(format!(
            "shadow-css.mjs failed: {}",
            String::from_utf8_lossy(&css.stderr)
        )));
    }
    fs::write(built.join("seloste.css"), css.stdout)?;
    let mut content = Sha256::new();
    for file in sri::files_under(built)? {
        content.update(fs::read(&file)?);
    }
    let hash: String = content
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let release = format!("embed/{}-{}", version()?, &hash[..10]);
    let _ = fs::remove_dir_all(site.join("embed"));
    fs::create_dir_all(site.join("embed"))?;
    fs::rename(built, site.join(&release))?;
    Ok(release)
}

/// What `seloste.js` loads, beside itself, that is ours: the embed bundle's folder, the PDF
/// maker, its font (the subset first, the whole font only when the subset lacks a
/// character) and the default forms file. (A notice, and a forms file a notice or an
/// element names, are the host's own data, not the loader's.)
const LOADED: [&str; 4] = [
    "pdf",
    "fonts/DejaVuSans-subset.ttf",
    "fonts/DejaVuSans.ttf",
    "forms/default.json",
];

/// `seloste.js` at the root of `site`: the embed bundle's folder `release`, and the SRI
/// hash of every file it loads, by its path below the site (so a changed file on a CDN is
/// refused, whichever it is).
pub fn loader(site: &Path, release: &str, profile: Profile) -> Result<(), Fail> {
    let mut hashes = Vec::new();
    for part in std::iter::once(release).chain(LOADED) {
        let files = sri::files_under(&site.join(part))?;
        if files.iter().all(|f| !f.is_file()) {
            return Err(Fail(format!(
                "seloste.js loads {part}, which the site lacks"
            )));
        }
        for file in files {
            // The chunks' hashes are in the chunk loader, which is checked itself.
            if crate::wasm::is_chunk(&file_name(&file)) {
                continue;
            }
            let hash = sri::integrity_sha256(&fs::read(&file)?);
            hashes.push((sri::relative(site, &file), hash));
        }
    }
    let loader = fs::read_to_string(root().join("app/embed/seloste.js"))?
        .replace("{{BUNDLE}}", &format!("{release}/"))
        .replace("{{INTEGRITY}}", &integrity_map(&hashes)?);
    fs::write(site.join("seloste.js"), loader)?;
    if profile == Profile::Release {
        minify(&[site.join("seloste.js")])?;
    }
    Ok(())
}

/// `{"path":"sha384-…",…}`: a JSON object that can stand in a single-quoted JS string.
/// Base64 holds no quote or backslash; a path that did stops the build (its file would
/// otherwise load unchecked).
fn integrity_map(hashes: &[(String, String)]) -> Result<String, Fail> {
    let mut members = Vec::new();
    for (path, hash) in hashes {
        if path.contains(['"', '\\', '\'', '\n']) {
            return Err(Fail(format!("{path:?}: a name seloste.js cannot quote")));
        }
        members.push(format!("\"{path}\":\"{hash}\""));
    }
    Ok(format!("{{{}}}", members.join(",")))
}

/// The workspace's version (`[workspace.package]`).
pub fn version() -> Result<String, Fail> {
    let manifest = fs::read_to_string(root().join("Cargo.toml"))?;
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .map(String::from)
        .ok_or_else(|| Fail("Cargo.toml: no version".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_preloads_go_and_the_others_stay() {
        let html = "<head><link rel=\"modulepreload\" href=\"/seloste-app-1.js\" crossorigin=\"anonymous\">\
                    <link rel=\"modulepreload\" href=\"/snippets/seloste-abc/src/web/seal.js\" crossorigin=\"anonymous\"></head>";
        assert_eq!(
            without_snippet_preloads(html),
            "<head><link rel=\"modulepreload\" href=\"/seloste-app-1.js\" crossorigin=\"anonymous\"></head>"
        );
    }

    #[test]
    fn the_integrity_map_is_json_for_a_js_string() {
        let map = integrity_map(&[
            (
                "embed/0.1.0-ab/seloste-embed.js".into(),
                "sha384-a+b/c=".into(),
            ),
            ("forms/default.json".into(), "sha384-d".into()),
        ]);
        assert_eq!(
            map.map_err(|e| e.0),
            Ok(r#"{"embed/0.1.0-ab/seloste-embed.js":"sha384-a+b/c=","forms/default.json":"sha384-d"}"#.into())
        );
        assert!(integrity_map(&[("odd'name.js".into(), "sha384-e".into())]).is_err());
    }

    #[test]
    fn the_version_is_the_workspace_s() {
        assert!(version().is_ok_and(|v| v.split('.').count() == 3));
    }
}
