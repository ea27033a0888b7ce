//! The static notice (`notice_html`), read back with Python's own HTML parser
//! (`tests/contracts/html_outline.py`, written apart from this writer): the same headings in
//! order, every section's text, nothing but the allowed elements, and text that looks like
//! markup kept as text.

use super::*;
use std::process::Command;

const SAMPLES: [&str; 5] = [
    "pieksamaki-lapsiperheet",
    "jyvaskyla-asiakastietojen-tietosuoja",
    "jyvaskyla-maahanmuuttajien-osaamiskeskus",
    "muonio-verkkoneuvonta",
    "perhepalvelu-helmi",
];

fn sample(id: &str) -> Notice {
    let path = format!("{}/../public/notices/{id}.json", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Notice::from_json(&json).unwrap_or_else(|e| panic!("{path}: {}", e.0))
}

/// `(tag, text)` of every heading, and every element name, as Python's `html.parser` reads
/// `html`.
fn outline(html: &str) -> (Vec<(String, String)>, Vec<String>) {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/contracts/html_outline.py"
    );
    let out = Command::new("python3")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().map(|mut i| i.write_all(html.as_bytes()));
            child.wait_with_output()
        })
        .unwrap_or_else(|e| panic!("python3: {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    let (mut headings, mut tags) = (Vec::new(), Vec::new());
    for line in text.lines() {
        match line.split_once('\t') {
            Some(("tag", tag)) => tags.push(tag.to_string()),
            Some((tag, text)) => headings.push((tag.to_string(), text.to_string())),
            None => {}
        }
    }
    (headings, tags)
}

#[test]
fn every_sample_notice_as_static_html_has_its_headings_in_order_and_only_allowed_elements() {
    let allowed = [
        "seloste-notice",
        "template",
        "link",
        "div",
        "article",
        "h2",
        "h3",
        "dl",
        "dt",
        "dd",
        "nav",
        "ol",
        "ul",
        "li",
        "a",
        "section",
        "p",
        "strong",
        "em",
        "br",
        "button",
        "span",
    ];
    for id in SAMPLES {
        let notice = sample(id);
        let sheet = Stylesheet {
            href: "/embed/0.1.0-x/seloste.css",
            integrity: Some("sha384-abc"),
        };
        let html = notice_html(&notice, "/notices/x.json", Lang::Fi, 2, Some(sheet));
        assert!(html.starts_with("<seloste-notice src=\"/notices/x.json\" lang=\"fi\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/embed/0.1.0-x/seloste.css\" integrity=\"sha384-abc\" crossorigin=\"anonymous\">"), "{id}");
        let (headings, tags) = outline(&html);
        let mut wanted = vec![
            ("h2".to_string(), notice.title.clone()),
            ("h3".into(), "Sisältö".into()),
        ];
        for section in notice.reading_order() {
            wanted.push(("h3".into(), section.heading.clone()));
        }
        if !notice.requests.kinds.is_empty() {
            wanted.push(("h3".into(), "Oikeutesi".into()));
        }
        assert_eq!(headings, wanted, "{id}");
        for tag in &tags {
            assert!(allowed.contains(&tag.as_str()), "{id}: <{tag}>");
        }
    }
}

#[test]
fn text_that_looks_like_markup_stays_text() {
    let mut notice = sample("muonio-verkkoneuvonta");
    notice.title = "A \"title\" <script>alert(1)</script> & more".into();
    notice.sections[0].heading = "<img src=x onerror=alert(1)>".into();
    notice.sections[0].body =
        "<p>Body <script>alert(2)</script><a href=\"javascript:alert(3)\">x</a></p>".into();
    let html = notice_html(&notice, "x\" onload=\"alert(4)", Lang::Sv, 3, None);
    let (headings, tags) = outline(&html);
    assert_eq!(headings[0], ("h3".into(), notice.title.clone()));
    assert!(headings.contains(&("h4".into(), notice.sections[0].heading.clone())));
    assert!(
        !tags.iter().any(|t| t == "script" || t == "img"),
        "{tags:?}"
    );
    assert!(!html.contains("javascript:"), "{html}");
    assert!(html.starts_with(
        "<seloste-notice src=\"x&quot; onload=&quot;alert(4)\" lang=\"sv\" heading-level=\"3\">"
    ));
    // Interface strings in the language asked for.
    assert!(
        html.contains(">Innehåll<") && html.contains(">Dina rättigheter<"),
        "{html}"
    );
}

/// The note of what changed is shown with the updated date, in the interface's words, and
/// only when the notice has one.
#[test]
fn the_change_note_is_shown_with_the_updated_date() {
    let mut notice = sample("pieksamaki-lapsiperheet");
    notice.updated = Some("2026-12-03".into());
    notice.change_note = Some("Säilytysajat päivitetty <uuden lain> mukaisiksi.".into());
    let html = notice_html(&notice, "/notices/x.json", Lang::Sv, 2, None);
    assert!(html.contains(r#"<dt lang="sv">Ändringar</dt><dd>Säilytysajat päivitetty &lt;uuden lain&gt; mukaisiksi.</dd>"#), "{html}");
    notice.change_note = None;
    let html = notice_html(&notice, "/notices/x.json", Lang::Sv, 2, None);
    assert!(!html.contains("Ändringar"));
}
