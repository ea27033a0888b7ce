//! Which of the crate's JS snippets a bundle keeps: wasm-bindgen writes all of them into
//! every bundle's folder, whatever the bundle imports.

use std::fs;
use std::path::{Path, PathBuf};

use crate::bundles::{file_name, js_files};
use crate::Fail;

/// Removes the JS snippets under `out/snippets/` that none of `importers` (the glue and
/// the chunk loader) imports, nor a kept snippet (by its file name): a staff page's snippet
/// never lands in a citizen's bundle folder. The folder goes when nothing is left.
pub fn prune(out: &Path, importers: &[String]) -> Result<(), Fail> {
    let dir = out.join("snippets");
    if !dir.is_dir() {
        return Ok(());
    }
    let mut snippets: Vec<(PathBuf, String, String)> = Vec::new();
    for path in js_files(&dir)? {
        let relative = path
            .strip_prefix(out)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let text = fs::read_to_string(&path)?;
        snippets.push((path, relative, text));
    }
    let mut kept: Vec<bool> = snippets
        .iter()
        .map(|(_, relative, _)| importers.iter().any(|js| js.contains(relative.as_str())))
        .collect();
    // Snippets import each other by relative paths: follow them until nothing changes.
    loop {
        let mut changed = false;
        for i in 0..snippets.len() {
            let name = format!("/{}", file_name(&snippets[i].0));
            let wanted =
                (0..snippets.len()).any(|j| kept[j] && j != i && snippets[j].2.contains(&name));
            if !kept[i] && wanted {
                kept[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for ((path, _, _), keep) in snippets.iter().zip(&kept) {
        if !keep {
            fs::remove_file(path)?;
        }
    }
    if !kept.contains(&true) {
        fs::remove_dir_all(&dir)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_imported_snippets_are_kept() {
        let out = std::env::temp_dir().join(format!("xtask-snippets-{}", std::process::id()));
        let dir = out.join("snippets/seloste-1/src/web");
        let _ = fs::remove_dir_all(&out);
        fs::create_dir_all(dir.join("later")).unwrap_or_default();
        fs::create_dir_all(dir.join("staff")).unwrap_or_default();
        let write = |path: &str, text: &str| fs::write(dir.join(path), text).unwrap_or_default();
        write("later/pdf_loader.js", "import { x } from './helper.js';");
        write("later/helper.js", "export const x = 1;");
        write("staff/notice_schema.js", "export function check() {}");
        let glue =
            "import{makePdf}from\"./snippets/seloste-1/src/web/later/pdf_loader.js\";".to_string();
        prune(&out, &[glue, String::new()]).unwrap_or_default();
        assert!(dir.join("later/pdf_loader.js").is_file());
        assert!(
            dir.join("later/helper.js").is_file(),
            "imported by a kept snippet"
        );
        assert!(!dir.join("staff/notice_schema.js").exists());
        prune(&out, &[String::new()]).unwrap_or_default();
        assert!(
            !out.join("snippets").exists(),
            "nothing imported: no folder"
        );
        let _ = fs::remove_dir_all(&out);
    }
}
