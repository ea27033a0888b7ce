//! The body of a section as the notice keeps it: paragraphs, lists and the HTML the
//! allow-list lets through.

use crate::notice::rich::{self, escape_html as escape_text};

/// The body of a section: runs of plain lines become paragraphs (lines kept apart with
/// line breaks), "- " lines become lists, HTML is kept; then the allow-list applies.
pub(super) fn body_html(lines: &[String]) -> String {
    let mut html = String::new();
    let mut paragraph: Vec<String> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let flush_paragraph = |paragraph: &mut Vec<String>, html: &mut String| {
        if !paragraph.is_empty() {
            html.push_str(&format!("<p>{}</p>", paragraph.join("<br>")));
            paragraph.clear();
        }
    };
    let flush_list = |list: &mut Vec<String>, html: &mut String| {
        if !list.is_empty() {
            html.push_str("<ul>");
            for item in list.drain(..) {
                html.push_str(&format!("<li>{item}</li>"));
            }
            html.push_str("</ul>");
        }
    };
    for line in lines {
        let trimmed = line.trim().trim_start_matches('\u{a0}').trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut html);
            flush_list(&mut list, &mut html);
        } else if trimmed.contains('<') && trimmed.contains('>') {
            flush_paragraph(&mut paragraph, &mut html);
            flush_list(&mut list, &mut html);
            html.push_str(trimmed);
        } else if let Some(item) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("• "))
        {
            flush_paragraph(&mut paragraph, &mut html);
            list.push(escape_text(item.trim()));
        } else {
            flush_list(&mut list, &mut html);
            paragraph.push(escape_text(&trimmed.replace("**", "")));
        }
    }
    flush_paragraph(&mut paragraph, &mut html);
    flush_list(&mut list, &mut html);
    rich::sanitize(&html)
}
