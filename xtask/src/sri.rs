//! Subresource Integrity hashes (sha384) of release files, and `sri.json`.

use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine;
use sha2::{Digest, Sha384};

use crate::Fail;

/// `sha384-…` of some bytes.
pub fn integrity(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `sha256-…` of some bytes: for the hashes `seloste.js` carries, which every page that
/// embeds a form downloads (a third shorter than sha384, and as strong a check here).
pub fn integrity_sha256(bytes: &[u8]) -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
    )
}

/// Every file under a path (the path itself if it is a file), sorted.
pub fn files_under(path: &Path) -> Result<Vec<PathBuf>, Fail> {
    let mut found = Vec::new();
    if path.is_dir() {
        for entry in fs::read_dir(path)? {
            found.extend(files_under(&entry?.path())?);
        }
    } else {
        found.push(path.to_path_buf());
    }
    found.sort();
    Ok(found)
}

/// A path below `dir`, with `/` between its parts.
pub fn relative(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The parts of the release a host might load or pin, listed in `sri.json`.
const LISTED: [&str; 7] = [
    "seloste.js",
    "embed",
    "pdf",
    "forms",
    "fonts",
    "notices",
    "schemas",
];
const KINDS: [&str; 5] = [".js", ".wasm", ".css", ".json", ".ttf"];

/// `sri.json`: `{"path": "sha384-…"}` for every file of [`LISTED`], sorted by path.
pub fn list(site: &Path) -> Result<String, Fail> {
    list_of(site, &LISTED, &KINDS)
}

/// The same for the files of `parts` below `site` whose names end in one of `kinds`.
pub fn list_of(site: &Path, parts: &[&str], kinds: &[&str]) -> Result<String, Fail> {
    let mut entries = Vec::new();
    for part in parts {
        for file in files_under(&site.join(part))? {
            let path = relative(site, &file);
            if kinds.iter().any(|k| path.ends_with(k)) {
                entries.push((path, integrity(&fs::read(&file)?)));
            }
        }
    }
    entries.sort();
    if entries.is_empty() {
        return Ok("{}\n".into());
    }
    let lines: Vec<String> = entries
        .iter()
        .map(|(path, hash)| format!("  \"{path}\": \"{hash}\""))
        .collect();
    Ok(format!("{{\n{}\n}}\n", lines.join(",\n")))
}

pub fn write_list(site: &Path) -> Result<(), Fail> {
    fs::write(site.join("sri.json"), list(site)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash browsers compute: RFC 6234's test vector "abc" for SHA-384.
    #[test]
    fn integrity_is_base64_sha384() {
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
