//! The figures of the request PDF: the signature (a line to sign on, the typed name, or
//! the drawn strokes) and the QR code of the seal.

use super::{Writer, BODY};
use crate::request::payload::Signature;
use pdf_writer::types::StructRole;

pub(super) fn signature_figure(w: &mut Writer, signature: &Signature, lang: crate::i18n::Lang) {
    let t = |fi, sv, en| crate::i18n::Text::new(fi, sv, en).get(lang).to_string();
    match signature {
        Signature::OnPaper => w.figure(
            t(
                "Allekirjoitusviiva: allekirjoita tähän",
                "Underskriftslinje: skriv under här",
                "Signature line: sign here",
            ),
            40.0,
            |c, x, y| {
                c.set_line_width(0.8);
                c.move_to(x, y);
                c.line_to(x + 240.0, y);
                c.stroke();
            },
        ),
        Signature::Typed { name } => {
            let text = format!(
                "{} {name}",
                t(
                    "Allekirjoitettu kirjoittamalla nimi:",
                    "Undertecknat genom att skriva namnet:",
                    "Signed by typing the name:"
                )
            );
            w.paragraph(StructRole::P, b"P", &text, BODY, 6.0);
        }
        Signature::Drawn { strokes } => w.figure(
            t(
                "Näytölle piirretty allekirjoitus",
                "Underskrift ritad på skärmen",
                "Signature drawn on screen",
            ),
            80.0,
            |c, x, y| {
                // Strokes are in a 0–1000 box drawn 3 : 1 (240 × 80 points), y upwards.
                c.set_line_width(1.2);
                for stroke in strokes {
                    for (n, (sx, sy)) in stroke.iter().enumerate() {
                        let (px, py) =
                            (x + f32::from(*sx) * 0.24, y + 80.0 - f32::from(*sy) * 0.08);
                        if n == 0 {
                            c.move_to(px, py);
                        } else {
                            c.line_to(px, py);
                        }
                    }
                }
                c.stroke();
                // The line signed on, as on paper.
                c.set_line_width(0.5);
                c.move_to(x, y);
                c.line_to(x + 240.0, y);
                c.stroke();
            },
        ),
    }
}

pub(super) fn qr_figure(w: &mut Writer, data: &str, alt: &str) {
    let Ok(qr) = qrcodegen::QrCode::encode_text(data, qrcodegen::QrCodeEcc::Medium) else {
        return;
    };
    let module = 2.5;
    let size = qr.size();
    w.figure(alt.to_string(), size as f32 * module, |c, x, y| {
        for row in 0..size {
            for col in 0..size {
                if qr.get_module(col, row) {
                    c.rect(
                        x + col as f32 * module,
                        y + (size - 1 - row) as f32 * module,
                        module,
                        module,
                    );
                }
            }
        }
        c.fill_nonzero();
    });
}
