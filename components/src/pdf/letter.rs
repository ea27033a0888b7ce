//! A reminder or complaint letter (`after/letters.rs`) as a PDF: the same writer, font
//! subset and structure tree as the request's PDF, and no embedded request.

use super::document::{Block, Document};
use super::{render_with, FontFile, MakeError};
use crate::after::letters::Letter;
use crate::request::payload::Signature;

/// What the letter's PDF says, in reading order.
pub fn letter_document(letter: &Letter) -> Document {
    let mut blocks = vec![
        Block::Title(letter.title.clone()),
        Block::Paragraph(letter.recipient.join("\n")),
        Block::Paragraph(letter.date.clone()),
        Block::Heading(letter.subject.clone()),
    ];
    blocks.extend(letter.paragraphs.iter().cloned().map(Block::Paragraph));
    blocks.extend(letter.facts.iter().map(|(question, answer)| Block::Answer {
        question: question.clone(),
        answer: answer.clone(),
    }));
    blocks.extend(letter.after_facts.iter().cloned().map(Block::Paragraph));
    blocks.push(Block::Paragraph(letter.closing.clone()));
    blocks.push(Block::Signature(Signature::OnPaper));
    blocks.push(Block::Paragraph(letter.signer.join("\n")));
    Document {
        lang: letter.lang,
        title: letter.title.clone(),
        blocks,
        footer: letter.footer.clone(),
        request_json: String::new(),
    }
}

/// The PDF of a letter given as JSON (as the form's later chunk passes it to the PDF
/// maker's bundle), with a TrueType font; `Ok(None)` as for [`super::make`].
pub fn make_letter(
    letter_json: &str,
    font: &[u8],
    file: FontFile,
) -> Result<Option<Vec<u8>>, MakeError> {
    let letter: Letter =
        serde_json::from_str(letter_json).map_err(|e| MakeError::Payload(e.to_string()))?;
    render_with(&letter_document(&letter), font, file)
}
