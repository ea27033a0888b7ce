//! The layouts told apart and read in order, on lines placed by hand (the files ReportLab
//! writes are read in `pdf_text/tests.rs`).

use super::super::{Line, Piece};
use super::{layout_of, read, Layout};

/// A line at height `y` of pieces (x, text), in 10-point type.
fn line(y: f32, pieces: &[(f32, &str)]) -> Line {
    let pieces = pieces
        .iter()
        .map(|&(x, text)| Piece {
            x,
            y,
            size: 10.0,
            bold: false,
            width: None,
            text: text.to_string(),
        })
        .collect();
    Line::of(y, pieces).expect("text")
}

fn texts(pages: &[Vec<Line>]) -> Vec<String> {
    read(pages).into_iter().map(|l| l.text).collect()
}

#[test]
fn one_column_with_indented_lists_and_a_centred_title_is_read_top_to_bottom() {
    let page = vec![
        line(800.0, &[(250.0, "Tietosuojaseloste")]),
        line(780.0, &[(50.0, "1. Rekisterinpitäjä")]),
        line(768.0, &[(50.0, "Kunta")]),
        line(756.0, &[(50.0, "•"), (62.0, "ensimmäinen kohta")]),
        line(744.0, &[(50.0, "•"), (62.0, "toinen kohta")]),
        line(732.0, &[(50.0, "•"), (62.0, "kolmas kohta")]),
        line(720.0, &[(50.0, "2. Rekisterin nimi")]),
        line(708.0, &[(50.0, "Asiakasrekisteri")]),
    ];
    let pages = vec![page];
    assert_eq!(layout_of(&pages), Layout::Single);
    assert_eq!(texts(&pages)[3], "• ensimmäinen kohta");
}

#[test]
fn a_table_of_headings_and_contents_is_read_row_by_row_across_pages() {
    let (h, c) = (50.0, 190.0);
    let pages = vec![
        vec![
            line(800.0, &[(h, "REKISTERISELOSTE")]),
            line(780.0, &[(h, "1. Rekisterin-"), (c, "Nimi")]),
            line(768.0, &[(h, "pitäjä"), (c, "Pieksämäen kaupunki")]),
            line(
                756.0,
                &[(
                    c,
                    "Osoite: PL 41, 76101 Pieksämäki, puhelin 015 788 9111 (vaihde)",
                )],
            ),
            line(
                730.0,
                &[(h, "2. Yhteyshenkilö"), (c, "N.N., asiakkuuspäällikkö")],
            ),
            line(
                704.0,
                &[(h, "3. Rekisterin nimi"), (c, "Lapsiperheiden palvelujen")],
            ),
            line(692.0, &[(c, "asiakasrekisteri")]),
            line(
                666.0,
                &[(h, "4. Henkilötietojen"), (c, "Palvelujen järjestäminen.")],
            ),
            line(654.0, &[(h, "käsittelyn tarkoitus")]),
        ],
        vec![
            line(800.0, &[(c, "Laskutus ja tilastot.")]),
            line(
                774.0,
                &[(h, "5. Rekisterin"), (c, "• nimi ja henkilötunnus")],
            ),
            line(762.0, &[(h, "tietosisältö"), (c, "• yhteystiedot")]),
        ],
    ];
    assert_eq!(layout_of(&pages), Layout::Table { x: c });
    assert_eq!(
        texts(&pages),
        [
            "REKISTERISELOSTE",
            "1. Rekisterinpitäjä\tNimi Pieksämäen kaupunki Osoite: PL 41, 76101 Pieksämäki, puhelin 015 788 9111 (vaihde)",
            "2. Yhteyshenkilö\tN.N., asiakkuuspäällikkö",
            "3. Rekisterin nimi\tLapsiperheiden palvelujen asiakasrekisteri",
            "4. Henkilötietojen käsittelyn tarkoitus\tPalvelujen järjestäminen. Laskutus ja tilastot.",
            "5. Rekisterin tietosisältö\t• nimi ja henkilötunnus  • yhteystiedot",
        ]
    );
}

#[test]
fn two_columns_are_read_one_after_the_other_around_a_title_across_both() {
    let (l, r) = (50.0, 310.0);
    let long = "tekstiä joka täyttää palstan leveyden lähes";
    let page = vec![
        line(
            800.0,
            &[(
                l,
                "Tietosuojaseloste lapsiperheiden palveluista ja niiden asiakasrekisteristä",
            )],
        ),
        line(770.0, &[(l, "Rekisterinpitäjä"), (r, "Tietojen luovutus")]),
        line(758.0, &[(l, long), (r, long)]),
        line(746.0, &[(l, "vasen 1"), (r, "oikea 1")]),
        line(734.0, &[(l, "vasen 2"), (r, "oikea 2")]),
        line(722.0, &[(l, "vasen 3")]),
    ];
    let pages = vec![page];
    assert_eq!(layout_of(&pages), Layout::Columns { x: r });
    assert_eq!(
        texts(&pages),
        [
            "Tietosuojaseloste lapsiperheiden palveluista ja niiden asiakasrekisteristä",
            "Rekisterinpitäjä",
            long,
            "vasen 1",
            "vasen 2",
            "vasen 3",
            "Tietojen luovutus",
            long,
            "oikea 1",
            "oikea 2",
        ]
    );
}

#[test]
fn a_few_labels_with_tabbed_values_do_not_make_a_page_a_table() {
    let mut page: Vec<Line> = (0..12)
        .map(|i| {
            line(
                800.0 - 12.0 * i as f32,
                &[(50.0, "Tavallinen rivi tekstiä")],
            )
        })
        .collect();
    page.push(line(600.0, &[(50.0, "Puhelin"), (190.0, "09 123 456")]));
    page.push(line(
        588.0,
        &[(50.0, "Sähköposti"), (190.0, "kirjaamo@example.fi")],
    ));
    assert_eq!(layout_of(&[page]), Layout::Single);
}
