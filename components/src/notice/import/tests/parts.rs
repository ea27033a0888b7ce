//! Lines that join the section above them: a heading's subtitle.

use super::*;

#[test]
fn a_heading_asked_again_as_a_question_right_under_it_is_its_subtitle() {
    // A folded part's title and, opened, its question (sv-275, development).
    let imported = import(
        "Integritetspolicy\n\nPersonuppgiftsansvarig\n\nVem är ansvarig för dina personuppgifter\n\nFöretag: Speedy Autoservice AB\nAdress: Cypressvägen 10 A\n\nVilka personuppgifter vi behandlar om dig\n\nNamn, adress och registreringsnummer.\n",
    );
    assert_eq!(
        outline(&imported),
        [
            ("Integritetspolicy", vec![Other]),
            ("Personuppgiftsansvarig", vec![Controller]),
            (
                "Vilka personuppgifter vi behandlar om dig",
                vec![DataContent]
            ),
        ]
    );
    // Parts on no one topic, and numbered sections, follow each other as they are.
    let parts = import(
        "Integritetspolicy\n\nInledning\n\nVem gäller policyn för\n\nPolicyn gäller dig som är kund hos oss.\n\n1. Personuppgiftsansvarig\n\n2. Personuppgiftsansvarig och kontaktperson\n\nBolaget Ab, N.N.\n",
    );
    assert_eq!(
        outline(&parts).iter().map(|(h, _)| *h).collect::<Vec<_>>(),
        [
            "Integritetspolicy",
            "Inledning",
            "Vem gäller policyn för",
            "1. Personuppgiftsansvarig",
            "2. Personuppgiftsansvarig och kontaktperson",
        ]
    );
}
