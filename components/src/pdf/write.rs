//! Lays a [`Document`] out on A4 pages and writes the PDF: a Type 0 font with an embedded
//! subset and a ToUnicode map (so text is extractable), a structure tree in reading order
//! (H1, H2, P, Figure with alternative text; footers are artifacts), the document language
//! and title, and `request.json` as an embedded, associated file.

use super::document::{Block, Document};
use super::layout::Font;
use pdf_writer::types::{
    AssociationKind, CidFontType, FontFlags, StructRole, SystemInfo, UnicodeCmap,
};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::collections::BTreeMap;

mod figures;
use figures::{qr_figure, signature_figure};

const A4: (f32, f32) = (595.0, 842.0);
const MARGIN: f32 = 56.0;
const FOOTER_Y: f32 = 30.0;
const BODY: f32 = 11.0;
const LABEL: f32 = 9.0;

/// Deflate (zlib) for streams: text, font and payload shrink to a third or less.
fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 9)
}

/// Why no PDF could be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// The font file could not be read or subset.
    Font(String),
}

/// One element of the structure tree and where its content is.
struct Mark {
    role: StructRole,
    alt: Option<String>,
    /// (page, marked-content id) of each piece.
    parts: Vec<(usize, i32)>,
}

/// Pages being written, with the glyphs used so far.
struct Writer<'a> {
    font: Font<'a>,
    remapper: subsetter::GlyphRemapper,
    /// New glyph id → (character, width).
    glyphs: BTreeMap<u16, (char, f32)>,
    pages: Vec<Content>,
    /// Per page: the mark each marked-content id belongs to.
    page_marks: Vec<Vec<usize>>,
    marks: Vec<Mark>,
    y: f32,
}

impl<'a> Writer<'a> {
    fn new_page(&mut self) {
        self.pages.push(Content::new());
        self.page_marks.push(Vec::new());
        self.y = A4.1 - MARGIN;
    }

    /// Makes room for `height` points, starting a page when the current one is full.
    fn room(&mut self, height: f32) {
        if self.pages.is_empty() || self.y - height < MARGIN + 20.0 {
            self.new_page();
        }
    }

    /// The glyph bytes of `text` (two bytes per glyph, Identity-H), recording each glyph.
    fn encode(&mut self, text: &str) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let old = self.font.glyph(c);
            let width = self.font.advance(old);
            let new = self.remapper.remap(old);
            self.glyphs.entry(new).or_insert((c, width));
            bytes.extend_from_slice(&new.to_be_bytes());
        }
        bytes
    }

    /// Opens a marked-content sequence on the current page for mark `mark`.
    fn begin(&mut self, mark: usize, tag: &[u8]) {
        let page = self.pages.len() - 1;
        let mcid = self.page_marks[page].len() as i32;
        self.page_marks[page].push(mark);
        self.marks[mark].parts.push((page, mcid));
        if let Some(content) = self.pages.last_mut() {
            content
                .begin_marked_content_with_properties(Name(tag))
                .properties()
                .identify(mcid);
        }
    }

    fn end(&mut self) {
        if let Some(content) = self.pages.last_mut() {
            content.end_marked_content();
        }
    }

    fn line(&mut self, mark: usize, tag: &[u8], text: &str, size: f32, x: f32) {
        let leading = size * 1.35;
        self.room(leading);
        self.y -= leading;
        let bytes = self.encode(text);
        let y = self.y;
        self.begin(mark, tag);
        if let Some(content) = self.pages.last_mut() {
            content.begin_text();
            content.set_font(Name(b"F1"), size);
            content.set_text_matrix([1.0, 0.0, 0.0, 1.0, x, y]);
            content.show(Str(&bytes));
            content.end_text();
        }
        self.end();
    }

    fn paragraph(
        &mut self,
        role: StructRole,
        tag: &[u8],
        text: &str,
        size: f32,
        space_before: f32,
    ) {
        let mark = self.mark(role, None);
        self.y -= space_before;
        for line in self.font.wrap(text, size, A4.0 - 2.0 * MARGIN) {
            self.line(mark, tag, &line, size, MARGIN);
        }
    }

    fn mark(&mut self, role: StructRole, alt: Option<String>) -> usize {
        self.marks.push(Mark {
            role,
            alt,
            parts: Vec::new(),
        });
        self.marks.len() - 1
    }

    /// A figure of `height` points drawn by `draw(content, x, bottom)`, tagged with `alt`.
    fn figure(&mut self, alt: String, height: f32, draw: impl FnOnce(&mut Content, f32, f32)) {
        let mark = self.mark(StructRole::Figure, Some(alt));
        self.room(height + 8.0);
        self.y -= height + 8.0;
        let bottom = self.y;
        self.begin(mark, b"Figure");
        if let Some(content) = self.pages.last_mut() {
            content.save_state();
            draw(content, MARGIN, bottom);
            content.restore_state();
        }
        self.end();
    }
}

/// Lays out and writes the PDF of `doc` with the TrueType font `font_data`.
pub fn render(doc: &Document, font_data: &[u8]) -> Result<Vec<u8>, PdfError> {
    let font =
        Font::parse(font_data).ok_or_else(|| PdfError::Font("not a TrueType font".into()))?;
    let mut w = Writer {
        font,
        remapper: subsetter::GlyphRemapper::new(),
        glyphs: BTreeMap::new(),
        pages: Vec::new(),
        page_marks: Vec::new(),
        marks: Vec::new(),
        y: 0.0,
    };
    w.new_page();
    for block in &doc.blocks {
        match block {
            Block::Title(text) => w.paragraph(StructRole::H1, b"H1", text, 18.0, 0.0),
            Block::Heading(text) => w.paragraph(StructRole::H2, b"H2", text, 13.0, 10.0),
            Block::Paragraph(text) => w.paragraph(StructRole::P, b"P", text, BODY, 4.0),
            Block::Answer { question, answer } => {
                // Question and answer in one paragraph: the question on its own line, smaller.
                let width = A4.0 - 2.0 * MARGIN;
                let labels = w.font.wrap(question, LABEL, width);
                // A question is never left at the foot of a page without its answer.
                w.room(4.0 + labels.len() as f32 * LABEL * 1.35 + BODY * 1.35);
                let mark = w.mark(StructRole::P, None);
                w.y -= 4.0;
                for line in labels {
                    w.line(mark, b"P", &line, LABEL, MARGIN);
                }
                for line in w
                    .font
                    .wrap(if answer.is_empty() { "–" } else { answer }, BODY, width)
                {
                    w.line(mark, b"P", &line, BODY, MARGIN);
                }
            }
            Block::Signature(signature) => signature_figure(&mut w, signature, doc.lang),
            Block::Qr { data, alt } => qr_figure(&mut w, data, alt),
        }
    }
    write(doc, w, font_data)
}

fn write(doc: &Document, mut w: Writer, font_data: &[u8]) -> Result<Vec<u8>, PdfError> {
    let page_count = w.pages.len();
    // Footers: artifacts, not part of the structure.
    let footers: Vec<Vec<u8>> = (0..page_count)
        .map(|n| w.encode(&format!("{} · {} / {}", doc.footer, n + 1, page_count)))
        .collect();
    for (content, footer) in w.pages.iter_mut().zip(&footers) {
        content.begin_marked_content(Name(b"Artifact"));
        content.begin_text();
        content.set_font(Name(b"F1"), LABEL);
        content.set_text_matrix([1.0, 0.0, 0.0, 1.0, MARGIN, FOOTER_Y]);
        content.show(Str(footer));
        content.end_text();
        content.end_marked_content();
    }
    let subset = subsetter::subset(font_data, 0, &w.remapper)
        .map_err(|e| PdfError::Font(format!("{e:?}")))?;

    let mut next = 0;
    let mut alloc = || {
        next += 1;
        Ref::new(next)
    };
    let (catalog_id, pages_id, tree_id, doc_elem_id) = (alloc(), alloc(), alloc(), alloc());
    let (font_id, cid_id, descriptor_id, file_id, cmap_id) =
        (alloc(), alloc(), alloc(), alloc(), alloc());
    let (json_id, spec_id, info_id, xmp_id) = (alloc(), alloc(), alloc(), alloc());
    let page_ids: Vec<(Ref, Ref)> = (0..page_count).map(|_| (alloc(), alloc())).collect();
    let mark_ids: Vec<Ref> = w.marks.iter().map(|_| alloc()).collect();
    let parent_arrays: Vec<Ref> = (0..page_count).map(|_| alloc()).collect();

    let mut pdf = Pdf::new();
    let lang = doc.lang.name();
    {
        let mut catalog = pdf.catalog(catalog_id);
        catalog
            .pages(pages_id)
            .lang(TextStr(lang))
            .pair(Name(b"StructTreeRoot"), tree_id);
        catalog.mark_info().marked(true);
        catalog.viewer_preferences().display_doc_title(true);
        catalog.pair(Name(b"Metadata"), xmp_id);
        // A letter (`pdf/letter.rs`) embeds no request.
        if !doc.request_json.is_empty() {
            catalog
                .names()
                .embedded_files()
                .names()
                .insert(Str(b"request.json"), spec_id);
            catalog.insert(Name(b"AF")).array().item(spec_id);
        }
    }
    pdf.document_info(info_id)
        .title(TextStr(&doc.title))
        .producer(TextStr("seloste"));
    let xmp = format!(
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">{}</rdf:li></rdf:Alt></dc:title><dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language><pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"#,
        doc.title.replace('&', "&amp;").replace('<', "&lt;")
    );
    pdf.metadata(xmp_id, xmp.as_bytes());

    // The payload, embedded and associated with the document. Not compressed: it is the
    // exact text the seal covers, readable with any tool, and a change to any of its bytes
    // shows as a digest mismatch rather than as a broken stream.
    if !doc.request_json.is_empty() {
        let mut embedded = pdf.embedded_file(json_id, doc.request_json.as_bytes());
        embedded
            .subtype(Name(b"application/json"))
            .params()
            .size(doc.request_json.len() as i32);
        embedded.finish();
        pdf.file_spec(spec_id)
            .path(Str(b"request.json"))
            .unic_file(TextStr("request.json"))
            .description(TextStr("seloste.request/1"))
            .association_kind(AssociationKind::Source)
            .insert(Name(b"EF"))
            .dict()
            .pair(Name(b"F"), json_id)
            .pair(Name(b"UF"), json_id);
    }

    pdf.pages(pages_id)
        .kids(page_ids.iter().map(|(p, _)| *p))
        .count(page_count as i32);
    for (n, ((page_id, content_id), content)) in page_ids.iter().zip(w.pages).enumerate() {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, A4.0, A4.1))
            .parent(pages_id)
            .contents(*content_id)
            .struct_parents(n as i32);
        page.tab_order(pdf_writer::types::TabOrder::StructureOrder);
        page.resources().fonts().pair(Name(b"F1"), font_id);
        page.finish();
        pdf.stream(*content_id, &deflate(&content.finish()))
            .filter(Filter::FlateDecode);
    }

    // Structure tree: Document > (H1 | H2 | P | Figure), each with its marked content.
    {
        let mut root = pdf
            .indirect(tree_id)
            .start::<pdf_writer::writers::StructTreeRoot>();
        root.children().item(doc_elem_id);
        let mut tree = root.parent_tree();
        let mut nums = tree.nums();
        for (n, array) in parent_arrays.iter().enumerate() {
            nums.insert(n as i32, *array);
        }
    }
    for (array, marks) in parent_arrays.iter().zip(&w.page_marks) {
        pdf.indirect(*array)
            .array()
            .items(marks.iter().map(|m| mark_ids[*m]));
    }
    pdf.struct_element(doc_elem_id)
        .kind(StructRole::Document)
        .parent(tree_id)
        .lang(TextStr(lang))
        .children()
        .items(mark_ids.iter().copied());
    for (mark, id) in w.marks.iter().zip(&mark_ids) {
        let mut elem = pdf.struct_element(*id);
        elem.kind(mark.role).parent(doc_elem_id);
        if let Some((page, _)) = mark.parts.first() {
            elem.page(page_ids[*page].0);
        }
        if let Some(alt) = &mark.alt {
            elem.alt(TextStr(alt));
        }
        let mut children = elem.children();
        for (page, mcid) in &mark.parts {
            children
                .marked_content_ref()
                .page(page_ids[*page].0)
                .marked_content_id(*mcid);
        }
    }

    // The font: Type 0 over a CIDFontType2 subset, Identity-H, widths and ToUnicode.
    let system_info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    let base = Name(b"SELOST+DejaVuSans");
    pdf.type0_font(font_id)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);
    {
        let mut cid = pdf.cid_font(cid_id);
        cid.subtype(CidFontType::Type2)
            .base_font(base)
            .system_info(system_info)
            .font_descriptor(descriptor_id)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let count = w.glyphs.keys().next_back().map_or(0, |g| *g) + 1;
        let widths: Vec<f32> = (0..count)
            .map(|g| w.glyphs.get(&g).map_or(0.0, |(_, width)| *width))
            .collect();
        cid.widths().consecutive(0, widths);
    }
    let face = &w.font.face;
    let scale = 1000.0 / w.font.units_per_em;
    let bbox = face.global_bounding_box();
    pdf.font_descriptor(descriptor_id)
        .name(base)
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            f32::from(bbox.x_min) * scale,
            f32::from(bbox.y_min) * scale,
            f32::from(bbox.x_max) * scale,
            f32::from(bbox.y_max) * scale,
        ))
        .italic_angle(0.0)
        .ascent(f32::from(face.ascender()) * scale)
        .descent(f32::from(face.descender()) * scale)
        .cap_height(f32::from(face.capital_height().unwrap_or(face.ascender())) * scale)
        .stem_v(80.0)
        .font_file2(file_id);
    pdf.stream(file_id, &deflate(&subset))
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);
    let mut cmap = UnicodeCmap::new(Name(b"Seloste-UTF16"), system_info);
    for (glyph, (c, _)) in &w.glyphs {
        cmap.pair(*glyph, *c);
    }
    pdf.cmap(cmap_id, &deflate(&cmap.finish()))
        .filter(Filter::FlateDecode);
    Ok(pdf.finish())
}
