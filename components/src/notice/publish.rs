//! Publishing a notice from the studio (issue 20): where its files go on the site, and the
//! snippet a CMS page pastes, with the release's loader and its SRI hash (from the
//! release's `sri.json`). The files themselves are the notice and its translations as JSON,
//! linked by [`super::translation::link`].

use super::render::{notice_html, Stylesheet};
use super::translation::path_of;
use super::Notice;
use crate::i18n::Lang;

/// The release a snippet loads: `seloste.js` and its hash, and the shadow stylesheet (for a
/// preview drawn as the element draws it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    /// The loader's address.
    pub loader: String,
    /// Its SRI hash.
    pub integrity: String,
    /// The embed bundle's stylesheet's address.
    pub stylesheet: String,
    /// Its SRI hash.
    pub stylesheet_integrity: String,
}

impl Release {
    /// The release whose `sri.json` is `sri` and whose loader is at `loader` (an absolute
    /// address); `None` when the file does not name the loader and one stylesheet.
    pub fn from_sri(sri: &str, loader: &str) -> Option<Release> {
        use crate::json::Json;
        let Json::Object(members) = crate::json::parse(sri).ok()? else {
            return None;
        };
        let hash = |name: &str| {
            members.iter().find_map(|(key, value)| match value {
                Json::String(hash) if key == name => Some(hash.clone()),
                _ => None,
            })
        };
        let base = loader.strip_suffix("seloste.js")?;
        let mut sheets = members
            .iter()
            .map(|(key, _)| key)
            .filter(|k| k.starts_with("embed/") && k.ends_with("/seloste.css"));
        let sheet = sheets.next()?;
        if sheets.next().is_some() {
            return None;
        }
        Some(Release {
            loader: loader.to_string(),
            integrity: hash("seloste.js")?,
            stylesheet: format!("{base}{sheet}"),
            stylesheet_integrity: hash(sheet)?,
        })
    }
}

/// Why an address given for the notice cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// None was given.
    Empty,
    /// It is neither a path on the site (`/…`) nor an `https://` address.
    NotOnSite,
    /// It does not end in `.json`.
    NotJson,
    /// It holds a space, a quote or an angle bracket.
    Unsafe,
}

/// The notice's address as the editor gives it: a path on the site (`/tietosuoja/x.json`)
/// or an `https://` address, of a `.json` file.
pub fn notice_address(text: &str) -> Result<String, AddressError> {
    let text = text.trim();
    if text.is_empty() {
        Err(AddressError::Empty)
    } else if text
        .chars()
        .any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'))
    {
        Err(AddressError::Unsafe)
    } else if !(text.starts_with('/') && !text.starts_with("//") || text.starts_with("https://")) {
        Err(AddressError::NotOnSite)
    } else if !text.ends_with(".json") {
        Err(AddressError::NotJson)
    } else {
        Ok(text.to_string())
    }
}

/// The HTML a page in `lang` pastes to show the notice at `address` (already checked by
/// [`notice_address`]): the release's loader with its hash, and the element.
pub fn snippet(release: &Release, address: &str, lang: Lang) -> String {
    format!(
        "{}\n\n<seloste-notice src=\"{address}\" lang=\"{}\"></seloste-notice>\n",
        loader_tag(release),
        lang.name()
    )
}

/// The same with the notice already in the element as static HTML (issue 19: the
/// release's stylesheet and the markup the element draws, in a declarative shadow root):
/// readable before any script runs and with none, and taken over by `seloste.js` when it
/// runs, which draws the notice at `address` again. `notice` is the notice in the page's
/// language, the original or its translation; a changed notice is pasted again.
pub fn snippet_with_notice(release: &Release, address: &str, notice: &Notice) -> String {
    let stylesheet = Stylesheet {
        href: &release.stylesheet,
        integrity: Some(&release.stylesheet_integrity),
    };
    format!(
        "{}\n\n{}\n",
        loader_tag(release),
        notice_html(notice, address, notice.lang, 2, Some(stylesheet))
    )
}

/// The release's loader as a module script with its SRI hash.
fn loader_tag(release: &Release) -> String {
    format!(
        "<script type=\"module\" src=\"{}\"\n        integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        release.loader, release.integrity
    )
}

/// A file to upload: its name as downloaded, and its address on the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upload {
    /// The notice's language.
    pub lang: Lang,
    /// The downloaded file's name.
    pub file: String,
    /// Where it goes.
    pub address: String,
}

/// What to upload where: the notice at `address`, and each translation it names beside it
/// (at [`path_of`], relative to the notice's folder), in the order of `langs`.
pub fn uploads(original: &Notice, langs: &[Lang], address: &str) -> Vec<Upload> {
    langs
        .iter()
        .map(|lang| {
            let address = if *lang == original.lang {
                address.to_string()
            } else {
                resolve(address, &path_of(original, *lang))
            };
            let file = address.rsplit('/').next().unwrap_or_default().to_string();
            Upload {
                lang: *lang,
                file,
                address,
            }
        })
        .collect()
}

/// `path` (relative to the file at `base`, or an address of its own) as an address.
fn resolve(base: &str, path: &str) -> String {
    if path.starts_with('/') || path.contains("://") {
        return path.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').collect();
    parts.pop();
    // The first parts of an https address (`https:`, ``, the host) are never left.
    let root = if base.starts_with("https://") { 3 } else { 1 };
    for part in path.split('/') {
        match part {
            ".." if parts.len() > root => {
                parts.pop();
            }
            ".." | "." => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::translation::{link, start};

    const SRI: &str = r#"{
  "embed/0.1.0-3c9d980e1b/seloste-embed.js": "sha384-a",
  "embed/0.1.0-3c9d980e1b/seloste.css": "sha384-css",
  "fonts/DejaVuSans.ttf": "sha384-f",
  "seloste.js": "sha384-loader"
}"#;

    #[test]
    fn the_release_is_read_from_its_sri_file() {
        let release = Release::from_sri(SRI, "https://cdn.example.fi/seloste/seloste.js");
        assert_eq!(
            release,
            Some(Release {
                loader: "https://cdn.example.fi/seloste/seloste.js".into(),
                integrity: "sha384-loader".into(),
                stylesheet: "https://cdn.example.fi/seloste/embed/0.1.0-3c9d980e1b/seloste.css"
                    .into(),
                stylesheet_integrity: "sha384-css".into(),
            })
        );
        assert_eq!(Release::from_sri("{}", "https://x/seloste.js"), None);
        assert_eq!(Release::from_sri("not json", "https://x/seloste.js"), None);
        assert_eq!(Release::from_sri(SRI, "https://x/other.js"), None);
    }

    #[test]
    fn addresses_are_paths_or_https_of_json_files() {
        assert_eq!(
            notice_address(" /tietosuoja/x.json "),
            Ok("/tietosuoja/x.json".into())
        );
        assert_eq!(
            notice_address("https://kunta.fi/x.json"),
            Ok("https://kunta.fi/x.json".into())
        );
        assert_eq!(notice_address(""), Err(AddressError::Empty));
        assert_eq!(
            notice_address("http://kunta.fi/x.json"),
            Err(AddressError::NotOnSite)
        );
        assert_eq!(
            notice_address("//kunta.fi/x.json"),
            Err(AddressError::NotOnSite)
        );
        assert_eq!(notice_address("x.json"), Err(AddressError::NotOnSite));
        assert_eq!(notice_address("/x.html"), Err(AddressError::NotJson));
        assert_eq!(notice_address("/x\".json"), Err(AddressError::Unsafe));
        assert_eq!(notice_address("/a b.json"), Err(AddressError::Unsafe));
    }

    #[test]
    fn the_files_go_where_the_notice_names_them() {
        let mut fi = Notice::blank("lapsiperheet", Lang::Fi);
        let mut translations = [start(&fi, Lang::Sv)];
        link(&mut fi, &mut translations);
        let files = uploads(&fi, &[Lang::Fi, Lang::Sv], "/tietosuoja/lapsiperheet.json");
        assert_eq!(files[0].address, "/tietosuoja/lapsiperheet.json");
        assert_eq!(files[0].file, "lapsiperheet.json");
        assert_eq!(
            files[1].address,
            "/tietosuoja/translations/lapsiperheet.sv.json"
        );
        assert_eq!(files[1].file, "lapsiperheet.sv.json");
        fi.translations
            .insert(Lang::Sv, "../sv/lapsiperheet.json".into());
        let files = uploads(&fi, &[Lang::Sv], "https://kunta.fi/fi/lapsiperheet.json");
        assert_eq!(files[0].address, "https://kunta.fi/sv/lapsiperheet.json");
        assert_eq!(
            resolve("https://kunta.fi/x.json", "../../y.json"),
            "https://kunta.fi/y.json"
        );
        assert_eq!(resolve("/a/x.json", "../../y.json"), "/y.json");
    }

    #[test]
    fn the_snippet_loads_the_release_with_its_hash() {
        let release = Release::from_sri(SRI, "https://cdn.example.fi/seloste/seloste.js");
        let release = release.unwrap_or_else(|| panic!("the release"));
        let html = snippet(&release, "/tietosuoja/lapsiperheet.json", Lang::Sv);
        assert_eq!(
            html,
            "<script type=\"module\" src=\"https://cdn.example.fi/seloste/seloste.js\"\n        integrity=\"sha384-loader\" crossorigin=\"anonymous\"></script>\n\n<seloste-notice src=\"/tietosuoja/lapsiperheet.json\" lang=\"sv\"></seloste-notice>\n"
        );
    }

    #[test]
    fn the_snippet_with_the_notice_holds_it_as_the_element_draws_it() {
        let release = Release::from_sri(SRI, "https://cdn.example.fi/seloste/seloste.js");
        let release = release.unwrap_or_else(|| panic!("the release"));
        let mut notice = Notice::blank("lapsiperheet", Lang::Sv);
        notice.title = "Dataskyddsbeskrivning för barnfamiljer & unga".into();
        let html = snippet_with_notice(&release, "/tietosuoja/lapsiperheet.json", &notice);
        let loader = snippet(&release, "/x.json", Lang::Sv);
        let loader = loader.split("\n\n").next().unwrap_or_default();
        assert!(html.starts_with(&format!("{loader}\n\n<seloste-notice src=\"/tietosuoja/lapsiperheet.json\" lang=\"sv\"><template shadowrootmode=\"open\">")), "{html}");
        assert!(html.contains("<link rel=\"stylesheet\" href=\"https://cdn.example.fi/seloste/embed/0.1.0-3c9d980e1b/seloste.css\" integrity=\"sha384-css\" crossorigin=\"anonymous\">"), "{html}");
        assert!(
            html.contains("Dataskyddsbeskrivning för barnfamiljer &amp; unga"),
            "{html}"
        );
        assert!(
            html.trim_end().ends_with("</template></seloste-notice>"),
            "{html}"
        );
    }
}
