//! The list of published notices, `notices/index.json`: each notice's id, file, title,
//! controller and language, as the demo's pages read it. Read with the strict reader of
//! `json.rs`, not serde_json's, which would otherwise be in the first load of the pages that
//! read it (docs/size.md).

use super::read::lang;
use crate::i18n::Lang;
use crate::json::{parse, Json, JsonError};

/// One published notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexEntry {
    /// The notice's id.
    pub id: String,
    /// Its file beside the index.
    pub file: String,
    /// Its title.
    pub title: String,
    /// Its controller's name.
    pub controller: String,
    /// Its language.
    pub lang: Lang,
}

/// Reads the index (a list of entries; members other than these are allowed).
pub fn read_index(text: &str) -> Result<Vec<IndexEntry>, JsonError> {
    parse(text)?.list(|entry| {
        let mut m = entry.members()?;
        Ok(IndexEntry {
            id: m.required("id", Json::string)?,
            file: m.required("file", Json::string)?,
            title: m.required("title", Json::string)?,
            controller: m.required("controller", Json::string)?,
            lang: m.required("lang", lang)?,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped index, read as serde_json reads it: the same entries.
    #[test]
    fn the_shipped_index_reads_as_serde_json_reads_it() {
        let text = include_str!("../../../public/notices/index.json");
        let entries = read_index(text).unwrap_or_else(|e| panic!("{e}"));
        let by_serde: serde_json::Value =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
        let list = by_serde.as_array().cloned().unwrap_or_default();
        assert_eq!(entries.len(), list.len());
        assert!(entries.len() >= 5);
        for (entry, value) in entries.iter().zip(&list) {
            assert_eq!(Some(entry.id.as_str()), value["id"].as_str());
            assert_eq!(Some(entry.file.as_str()), value["file"].as_str());
            assert_eq!(Some(entry.title.as_str()), value["title"].as_str());
            assert_eq!(Some(entry.lang.name()), value["lang"].as_str());
            let path = format!(
                "{}/../public/notices/{}",
                env!("CARGO_MANIFEST_DIR"),
                entry.file
            );
            assert!(std::path::Path::new(&path).is_file(), "{path}");
        }
    }

    #[test]
    fn a_broken_index_says_where() {
        let error = read_index(
            r#"[{"id": "a", "file": "a.json", "title": "A", "controller": "C", "lang": "de"}]"#,
        );
        assert!(error.is_err_and(|e| e.to_string().contains("[0]")));
        assert!(read_index("{}").is_err());
    }
}
