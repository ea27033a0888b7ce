//! Fuzzes the notice body sanitiser (`seloste::notice::rich`): no input panics; what it
//! writes is only the allowed markup (checked here by a grammar of its own, not by the
//! sanitiser's code); sanitising its own output changes nothing; inline nesting stays under
//! the cap. Time is bounded by libFuzzer's `-timeout` (scripts/fuzz.sh).
#![no_main]

use libfuzzer_sys::fuzz_target;
use seloste::notice::rich::{self, MAX_INLINE_DEPTH};

/// Reads the sanitiser's output against the grammar of stored bodies:
/// `(<p>INLINE</p> | <ul>(<li>INLINE</li>)+</ul> | <ol>(<li>INLINE</li>)+</ol>)*`, where
/// INLINE is text (no `<`, `>` or `"`; `&` only in `&amp; &lt; &gt; &quot;`), `<br>`, and
/// `<strong>`, `<em>`, `<a href="SAFE">` around INLINE, never deeper than the cap.
struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    fn eat(&mut self, token: &str) -> bool {
        match self.rest.strip_prefix(token) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn document(&mut self) -> Result<(), String> {
        while !self.rest.is_empty() {
            if self.eat("<p>") {
                self.inline(0, "</p>")?;
            } else if let Some(close) = self.list_start() {
                let mut items = 0;
                while self.eat("<li>") {
                    self.inline(0, "</li>")?;
                    items += 1;
                }
                if items == 0 || !self.eat(close) {
                    return Err(format!(
                        "a list without items or its end at {:?}",
                        self.head()
                    ));
                }
            } else {
                return Err(format!("not a block at {:?}", self.head()));
            }
        }
        Ok(())
    }

    /// After `<ul>` or `<ol>`: the tag that must close the list.
    fn list_start(&mut self) -> Option<&'static str> {
        if self.eat("<ul>") {
            Some("</ul>")
        } else if self.eat("<ol>") {
            Some("</ol>")
        } else {
            None
        }
    }

    fn inline(&mut self, depth: usize, close: &str) -> Result<(), String> {
        if depth > MAX_INLINE_DEPTH {
            return Err(format!("nested deeper than {MAX_INLINE_DEPTH}"));
        }
        let mut content = false;
        loop {
            if self.eat(close) {
                return if content {
                    Ok(())
                } else {
                    Err(format!("an empty element before {close}"))
                };
            }
            content = true;
            if self.eat("<br>") {
            } else if self.eat("<strong>") {
                self.inline(depth + 1, "</strong>")?;
            } else if self.eat("<em>") {
                self.inline(depth + 1, "</em>")?;
            } else if self.eat("<a href=\"") {
                let end = self.rest.find('"').ok_or("a link without its end")?;
                let href = &self.rest[..end];
                let decoded = href
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&");
                if !rich::is_safe_href(&decoded) || href.contains(['<', '>']) {
                    return Err(format!("an unsafe link {href:?}"));
                }
                self.rest = &self.rest[end..];
                if !self.eat("\">") {
                    return Err("a link with more than href".into());
                }
                self.inline(depth + 1, "</a>")?;
            } else if self.rest.starts_with('&') {
                if !["&amp;", "&lt;", "&gt;", "&quot;"]
                    .iter()
                    .any(|e| self.eat(e))
                {
                    return Err(format!("a bare & at {:?}", self.head()));
                }
            } else {
                let c = self
                    .rest
                    .chars()
                    .next()
                    .ok_or("the text ends inside an element")?;
                if matches!(c, '<' | '>' | '"') {
                    return Err(format!("markup that is not allowed at {:?}", self.head()));
                }
                self.rest = &self.rest[c.len_utf8()..];
            }
        }
    }

    fn head(&self) -> &str {
        let end = self
            .rest
            .char_indices()
            .nth(40)
            .map(|(i, _)| i)
            .unwrap_or(self.rest.len());
        &self.rest[..end]
    }
}

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let once = rich::sanitize(&html);
    if let Err(why) = (Reader { rest: &once }).document() {
        panic!("{why}: {html:?} became {once:?}");
    }
    assert_eq!(rich::sanitize(&once), once, "not stable for {html:?}");
    let _ = rich::plain_text(&rich::parse(&html));
});
