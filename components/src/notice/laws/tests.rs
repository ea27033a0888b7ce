use super::*;

fn numbers(text: &str) -> Vec<&'static str> {
    repealed_in(text).iter().map(|l| l.number).collect()
}

#[test]
fn an_act_that_took_the_name_of_the_one_it_replaced_is_told_by_its_number() {
    let later =
        "Laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä 784/2021";
    assert_eq!(numbers(later), ["784/2021"]);
    let earlier =
        "Laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä (159/2007)";
    assert_eq!(numbers(earlier), ["159/2007"]);
    // The name alone is the older act's, as notices written before 2021 have it, and
    // may be the later one's: the message gives both numbers, not one it cannot know.
    let named = "laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä";
    assert_eq!(numbers(named), ["159/2007"]);
    let found = repealed_in(named)[0];
    assert_eq!(found.or_later, Some("784/2021"));
    assert!(found
        .message(Lang::Fi)
        .contains("käsittelystä (159/2007 tai 784/2021). Sen tilalla on laki"));
    assert!(found
        .message(Lang::Sv)
        .contains("(159/2007 eller 784/2021)"));
    assert!(found.message(Lang::En).contains("(159/2007 or 784/2021)"));
    // With a number, only that act.
    assert!(repealed_in(earlier)[0]
        .message(Lang::Fi)
        .contains("(159/2007)."));
    assert!(repealed_in(later)[0]
        .message(Lang::Fi)
        .contains("(784/2021)."));
    // The act in force since 2024 is no finding.
    assert!(
        numbers("Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä 703/2023")
            .is_empty()
    );
}

#[test]
fn swedens_personal_data_act_is_not_finlands() {
    assert!(numbers("Förordningen ersätter den tidigare personuppgiftslagen (PuL).").is_empty());
    assert!(numbers("enligt personuppgiftslagen (1998:204)").is_empty());
    assert!(numbers("GDPR har ersatt den svenska personuppgiftslagen, PUL.").is_empty());
    assert!(numbers("GDPR ersatte den svenska personuppgiftslagen.").is_empty());
    assert!(
        numbers("GDPR ersätter nationella regler, såsom personuppgiftslagen i Sverige.").is_empty()
    );
    assert_eq!(
        numbers("enligt personuppgiftslagen (523/1999)"),
        ["523/1999"]
    );
    assert_eq!(
        numbers("personuppgiftslagen (PuL) och senare personuppgiftslagen 10 §"),
        ["523/1999"]
    );
    // A notice with Sweden's words: its personuppgiftslag is Sweden's wherever named.
    assert!(numbers(
        "Personuppgiftslagen. Kommunens personuppgiftsombud ser till att uppgifterna behandlas lagligt."
    )
    .is_empty());
    assert!(numbers(
        "enligt personuppgiftslagen. Klagomål till Integritetsskyddsmyndigheten (IMY)."
    )
    .is_empty());
    // A Swedish organisation number: the notice's organisation is Sweden's.
    assert!(numbers(
        "I dag finns regler i personuppgiftslagen. Tegelstaden Bygg 556347-6398 är personuppgiftsansvarig."
    )
    .is_empty());
    // A Swedish postal address, likewise.
    assert!(numbers(
        "Vi behandlar dina personuppgifter enligt personuppgiftslagen GDPR. Kultur- och fritidskontoret, Box 817, 761 28 Norrtälje."
    )
    .is_empty());
    assert_eq!(
        numbers("personuppgiftslagen; Kauppakatu 1, 00100 Helsinki, puh. 040 123 45 67"),
        ["523/1999"]
    );
    // A web or e-mail address under Sweden's domain, likewise; Finland's is not.
    for swedish in [
        "GDPR ersätter personuppgiftslagen. Vår webbplatsadress är: https://forskolan.se",
        "GDPR ersätter personuppgiftslagen. Frågor: info@forskolan.se.",
        "GDPR ersätter personuppgiftslagen (se www.forskolan.se/gdpr).",
    ] {
        assert!(numbers(swedish).is_empty(), "{swedish}");
    }
    // Sweden named in the notice, the act's Swedish short form right after its name
    // without brackets, the act called Swedish by name.
    for swedish in [
        "Since 2018 the GDPR applies in Sweden and the rest of the EU. It replaced the Personal Data Act.",
        "GDPR har ersatt den tidigare gällande personuppgiftslagen PUL. Vi vill därför informera medlemmarna.",
        "On May 25th, 2018, the General Data Protection Regulation came into effect, and replaced the Swedish Personal Data Act.",
    ] {
        assert!(numbers(swedish).is_empty(), "{swedish}");
    }
    assert_eq!(
        numbers("the Personal Data Act (523/1999); our servers are in Sweden"),
        ["523/1999"]
    );
    for finnish in [
        "personuppgiftslagen; https://www.forskolan.fi/se",
        "personuppgiftslagen; info@example.fi, se nedan",
    ] {
        assert_eq!(numbers(finnish), ["523/1999"], "{finnish}");
    }
    // Not a date, a Finnish personal identity code or a Finnish business ID.
    for finnish in [
        "personuppgiftslagen; beslut 201812-1234",
        "personuppgiftslagen; 131052-3081",
        "personuppgiftslagen; FO-nummer 0201458-8",
    ] {
        assert_eq!(numbers(finnish), ["523/1999"], "{finnish}");
    }
    // Other acts are found in such a notice still.
    assert_eq!(
        numbers("dataskyddsdirektivet; kommunens personuppgiftsombud"),
        ["95/46/EY"]
    );
}

#[test]
fn acts_are_found_by_number_or_name_in_each_language() {
    assert_eq!(
        numbers("Henkilötietolaki (523/1999) 10 § ja 24 §"),
        ["523/1999"]
    );
    assert_eq!(numbers("Henkilötietolaki (523/99) 10 §"), ["523/1999"]);
    assert_eq!(numbers("enligt personuppgiftslagen 10 §"), ["523/1999"]);
    assert_eq!(
        numbers("Description of the file Personal Data Act (523/99), section 10."),
        ["523/1999"]
    );
    assert_eq!(
        numbers("laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä"),
        ["159/2007"]
    );
    assert_eq!(
        numbers("(159/2007) ja (477/2001)"),
        ["159/2007", "477/2001"]
    );
    assert_eq!(numbers("direktiivi 95/46/EY"), ["95/46/EY"]);
    assert_eq!(numbers("EU:n tietosuojadirektiivi"), ["95/46/EY"]);
    // The regulation called a directive by mistake is no finding.
    assert!(numbers("perustuen EU:n tietosuojadirektiiviin (GDPR).").is_empty());
    assert!(numbers("the EU data protection directive (GDPR)").is_empty());
    // Only right after the directive's name: "(GDPR)" after another act's name, or
    // further on, leaves the act cited.
    assert_eq!(
        numbers("henkilötietolain ja EU:n tietosuoja-asetuksen (GDPR) mukaisesti"),
        ["523/1999"]
    );
    assert_eq!(
        numbers("tietosuojadirektiivi, nyt tietosuoja-asetus (GDPR)"),
        ["95/46/EY"]
    );
}

#[test]
fn laws_in_force_and_longer_numbers_are_not_flagged() {
    for text in [
        "Tietosuojalaki (1050/2018)",
        "laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023)",
        "laki yksityisyyden suojasta työelämässä (759/2004)",
        "Arkistolaki (831/1994), julkisuuslaki (621/1999)",
        "asianumero 1523/1999",
        "5230/1999",
    ] {
        assert!(numbers(text).is_empty(), "{text}");
    }
}

#[test]
fn each_finding_names_what_replaced_the_act() {
    let law = repealed_in("523/1999")[0];
    assert!(law.message(Lang::Fi).contains("tietosuojalaki (1050/2018)"));
    assert!(law
        .message(Lang::Sv)
        .contains("dataskyddslagen (1050/2018)"));
    assert!(law
        .message(Lang::En)
        .contains("Data Protection Act (1050/2018)"));
}

#[test]
fn the_gdprs_own_title_does_not_cite_the_directive_it_repeals() {
    for title in [
        "Euroopan parlamentin ja neuvoston asetus (EU) 2016/679 luonnollisten henkilöiden suojelusta henkilötietojen käsittelyssä sekä näiden tietojen vapaasta liikkuvuudesta ja direktiivin 95/46/EY kumoamisesta (yleinen tietosuoja-asetus)",
        "förordning (EU) 2016/679 om skydd för fysiska personer med avseende på behandling av personuppgifter och om det fria flödet av sådana uppgifter och om upphävande av direktiv 95/46/EG",
        "Regulation (EU) 2016/679 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC",
    ] {
        assert!(numbers(title).is_empty(), "{title}");
    }
    assert_eq!(
        numbers("henkilötietodirektiivin 95/46/EY mukaisesti"),
        ["95/46/EY"]
    );
}

#[test]
fn an_act_cited_with_its_date_is_found_by_its_number() {
    // Finlex's older form, "9.2.2007/159" for 159/2007.
    assert_eq!(
        numbers("laissa sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä (9.2.2007/159)"),
        ["159/2007"]
    );
    // Acts in force written so are not flagged.
    assert!(
        numbers("Tietosuojalaki 5.12.2018/1050, Laki vapaasta sivistystyöstä (21.8.1998/632)")
            .is_empty()
    );
}

#[test]
fn finlands_personal_data_act_under_another_english_name_is_found() {
    // A hotel's translated notice (en-203).
    assert_eq!(
        numbers("In accordance with Sections 10 and 24 of the Personal Information Act."),
        ["523/1999"]
    );
    // Other acts of similar names are not it.
    assert!(numbers("the Personal Information Protection Act of another country").is_empty());
}
