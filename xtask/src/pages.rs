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
/// cache it for ever), and `seloste.js` at the root naming that folder and the main wasm's
/// SRI hash.
pub fn embed(site: &Path, built: &Path, profile: Profile) -> Result<(), Fail> {
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
    let wasm = fs::read(site.join(&release).join("seloste-embed_bg.wasm"))?;
    let loader = fs::read_to_string(root.join("app/embed/seloste.js"))?
        .replace("{{BUNDLE}}", &format!("{release}/"))
        .replace("{{WASM_INTEGRITY}}", &sri::integrity(&wasm));
    fs::write(site.join("seloste.js"), loader)?;
    if profile == Profile::Release {
        minify(&[site.join("seloste.js")])?;
    }
    Ok(())
}

/// The workspace's version (`[workspace.package]`).
fn version() -> Result<String, Fail> {
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
    fn the_version_is_the_workspace_s() {
        assert!(version().is_ok_and(|v| v.split('.').count() == 3));
    }
}
