//! Short names for the functions a bundle's wasm imports from its own JS glue.
//!
//! wasm-bindgen names each import after its JS function and a hash
//! (`__wbg_width_d3c8d417d821d2fd`), and both the wasm's import section and the glue's
//! import object carry every name. The hashes do not compress: on the form's bundle they
//! were 3.0 KiB brotli of the wasm and 2.3 of the glue (docs/size.md). [`shorten`] renames
//! them `_0`, `_1`, … `_z`, `_10`, … in both, before wasm-opt and terser run.
//!
//! Architecture Invariant: a name is renamed only where the glue holds it exactly once, as
//! a key of its import object (`NAME: function(…`); a glue written otherwise (another
//! wasm-bindgen) fails the build rather than leave the wasm and its glue out of step.

use std::fs;
use std::ops::Range;
use std::path::Path;

use crate::Fail;

/// Renames the imports of `wasm` from `module` (the glue's own, `./<name>_bg.js`) and the
/// keys of the glue's import object to match. Returns how many were renamed.
pub fn shorten(wasm: &Path, glue: &Path, module: &str) -> Result<usize, Fail> {
    let fail =
        |path: &Path, e: String| Fail(format!("{}: {e}; see xtask/src/imports.rs", path.display()));
    let bytes = fs::read(wasm)?;
    let js = fs::read_to_string(glue)?;
    let (renamed, names) = renamed_imports(&bytes, module).map_err(|e| fail(wasm, e))?;
    let js = renamed_keys(&js, &names).map_err(|e| fail(glue, e))?;
    fs::write(wasm, renamed)?;
    fs::write(glue, js)?;
    Ok(names.len())
}

/// The `i`th short name: `_` and `i` in base 36, an identifier for any `i`.
fn short_name(mut i: usize) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut digits = Vec::new();
    loop {
        digits.push(DIGITS[i % 36]);
        i /= 36;
        if i == 0 {
            break;
        }
    }
    digits.reverse();
    format!("_{}", String::from_utf8_lossy(&digits))
}

/// `wasm` with its imports from `module` renamed, and the (old, new) names.
fn renamed_imports(wasm: &[u8], module: &str) -> Result<(Vec<u8>, Vec<(String, String)>), String> {
    let Some((header, content)) = import_section(wasm)? else {
        return Ok((wasm.to_vec(), Vec::new()));
    };
    let reader = wasmparser::ImportSectionReader::new(wasmparser::BinaryReader::new(
        &wasm[content.clone()],
        content.start,
    ))
    .map_err(|e| e.to_string())?;
    let count = reader.count();
    let mut starts = Vec::new();
    for imports in reader {
        match imports.map_err(|e| e.to_string())? {
            wasmparser::Imports::Single(start, _) => starts.push(start),
            _ => return Err("an import section in the compact encoding".into()),
        }
    }
    let mut body = leb128(count as usize);
    let mut names = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(content.end);
        let item = &wasm[start..end];
        let (from, at) = string(item, 0)?;
        let (name, rest) = string(item, at)?;
        body.extend_from_slice(&item[..at]);
        let new_name = if from == module {
            let short = short_name(names.len());
            names.push((name.to_string(), short.clone()));
            short
        } else {
            name.to_string()
        };
        body.extend(leb128(new_name.len()));
        body.extend_from_slice(new_name.as_bytes());
        body.extend_from_slice(&item[rest..]);
    }
    let mut out = wasm[..header].to_vec();
    out.push(2);
    out.extend(leb128(body.len()));
    out.extend(body);
    out.extend_from_slice(&wasm[content.end..]);
    Ok((out, names))
}

/// Where the import section starts (its id byte) and where its content lies.
fn import_section(wasm: &[u8]) -> Result<Option<(usize, Range<usize>)>, String> {
    if wasm.get(..4) != Some(b"\0asm".as_slice()) {
        return Err("not a wasm module".into());
    }
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, content) = read_leb128(wasm, at + 1)?;
        let end = content + size;
        if end > wasm.len() {
            return Err("a section runs past the end of the file".into());
        }
        if id == 2 {
            return Ok(Some((at, content..end)));
        }
        at = end;
    }
    Ok(None)
}

/// The string at `at` in `bytes` and where what follows it starts.
fn string(bytes: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (len, start) = read_leb128(bytes, at)?;
    let text = bytes
        .get(start..start + len)
        .ok_or("a name runs past its import")?;
    let text = std::str::from_utf8(text).map_err(|e| e.to_string())?;
    Ok((text, start + len))
}

fn read_leb128(bytes: &[u8], mut at: usize) -> Result<(usize, usize), String> {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(at).ok_or("a number runs past the end")?;
        at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 28 {
            return Err("a number too long for a wasm module".into());
        }
    }
}

fn leb128(mut value: usize) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

/// `js` with each old name, which must stand in it exactly once and as a key (`NAME:`),
/// written as its new name.
fn renamed_keys(js: &str, names: &[(String, String)]) -> Result<String, String> {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = js.to_string();
    for (old, new) in names {
        let found: Vec<usize> = out
            .match_indices(old.as_str())
            .map(|(at, _)| at)
            .filter(|&at| {
                !out[..at].ends_with(is_ident) && !out[at + old.len()..].starts_with(is_ident)
            })
            .collect();
        let [at] = found[..] else {
            return Err(format!(
                "{old} is named {} times in the glue, not once",
                found.len()
            ));
        };
        if !out[at + old.len()..].trim_start().starts_with(':') {
            return Err(format!(
                "{old} is in the glue, but not as a key of its imports"
            ));
        }
        out.replace_range(at..at + old.len(), new);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module that imports `f` and `g` from "./x_bg.js" and `h` from "./other.js".
    fn module() -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // One function type, () -> ().
        wasm.extend([1, 4, 1, 0x60, 0, 0]);
        let mut imports = leb128(3);
        for (from, name) in [
            ("./x_bg.js", "__wbg_f_0123456789abcdef"),
            ("./other.js", "h"),
            ("./x_bg.js", "__wbg_g_fedcba9876543210"),
        ] {
            imports.extend(leb128(from.len()));
            imports.extend(from.as_bytes());
            imports.extend(leb128(name.len()));
            imports.extend(name.as_bytes());
            imports.extend([0, 0]);
        }
        wasm.push(2);
        wasm.extend(leb128(imports.len()));
        wasm.extend(imports);
        wasm
    }

    fn import_names(wasm: &[u8]) -> Vec<(String, String)> {
        let mut names = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            if let wasmparser::Payload::ImportSection(reader) = payload.unwrap() {
                for import in reader.into_imports() {
                    let import = import.unwrap();
                    names.push((import.module.to_string(), import.name.to_string()));
                }
            }
        }
        names
    }

    #[test]
    fn the_glues_imports_get_short_names_and_the_module_still_parses() {
        let (wasm, names) = renamed_imports(&module(), "./x_bg.js").unwrap();
        for payload in wasmparser::Parser::new(0).parse_all(&wasm) {
            payload.unwrap();
        }
        assert_eq!(
            import_names(&wasm),
            [
                ("./x_bg.js", "_0"),
                ("./other.js", "h"),
                ("./x_bg.js", "_1")
            ]
            .map(|(m, n)| (m.to_string(), n.to_string()))
        );
        assert_eq!(
            names[1],
            ("__wbg_g_fedcba9876543210".to_string(), "_1".to_string())
        );
    }

    #[test]
    fn short_names_count_in_base_36() {
        let names: Vec<String> = [0, 9, 10, 35, 36, 1295, 1296].map(short_name).to_vec();
        assert_eq!(names, ["_0", "_9", "_a", "_z", "_10", "_zz", "_100"]);
    }

    #[test]
    fn the_glues_keys_follow_and_anything_else_fails() {
        let names = vec![("__wbg_f_01".to_string(), "_0".to_string())];
        let js = "const import0 = {\n    __wbg_f_01: function(arg0) {\n    },\n    __wbg_f_012: function() {}\n};";
        let out = renamed_keys(js, &names).unwrap();
        assert!(out.contains("    _0: function(arg0)"), "{out}");
        assert!(
            out.contains("__wbg_f_012: function()"),
            "a longer name is another name"
        );
        assert!(renamed_keys("f(__wbg_f_01); const i = { __wbg_f_01: 1 };", &names).is_err());
        assert!(renamed_keys("const i = {};", &names).is_err());
        assert!(renamed_keys("call(__wbg_f_01);", &names).is_err());
    }
}
