//! The built-in questions of request forms: who is asking, and how to reach them.
//!
//! Identity has three paths: a Finnish personal identity code; a personal identity number
//! of Sweden, Norway, Denmark or Estonia; or, for people with neither (many immigrant
//! clients), a date of birth plus another identifier such as a passport or client number.

use super::form::{Choice, Condition, Field, FieldKind};
use crate::i18n::Text;

pub const METHOD_FINNISH_CODE: &str = "finnish_code";
pub const METHOD_NORDIC_CODE: &str = "nordic_code";
pub const METHOD_OTHER_ID: &str = "other_id";

const IDENTITY_METHODS: [Choice; 3] = [
    Choice {
        value: METHOD_FINNISH_CODE,
        label: Text::new("Suomalainen henkilötunnus", "Finsk personbeteckning", "Finnish personal identity code"),
        hint: None,
    },
    Choice {
        value: METHOD_NORDIC_CODE,
        label: Text::new(
            "Ruotsin, Norjan, Tanskan tai Viron henkilötunnus",
            "Svenskt, norskt, danskt eller estniskt personnummer",
            "Swedish, Norwegian, Danish or Estonian personal identity number",
        ),
        hint: None,
    },
    Choice {
        value: METHOD_OTHER_ID,
        label: Text::new("Minulla ei ole henkilötunnusta", "Jag har ingen personbeteckning", "I do not have a personal identity code"),
        hint: Some(Text::new(
            "Anna syntymäaikasi ja jokin muu tunniste, esimerkiksi passin numero tai asiakasnumero.",
            "Ange ditt födelsedatum och någon annan identifiering, till exempel passnummer eller klientnummer.",
            "Give your date of birth and another identifier, such as a passport or client number.",
        )),
    },
];

const ID_COUNTRIES: [Choice; 4] = [
    Choice {
        value: "se",
        label: Text::new("Ruotsi", "Sverige", "Sweden"),
        hint: None,
    },
    Choice {
        value: "no",
        label: Text::new("Norja", "Norge", "Norway"),
        hint: None,
    },
    Choice {
        value: "dk",
        label: Text::new("Tanska", "Danmark", "Denmark"),
        hint: None,
    },
    Choice {
        value: "ee",
        label: Text::new("Viro", "Estland", "Estonia"),
        hint: None,
    },
];

const OTHER_ID_TYPES: [Choice; 4] = [
    Choice {
        value: "passport",
        label: Text::new("Passi", "Pass", "Passport"),
        hint: None,
    },
    Choice {
        value: "id_card",
        label: Text::new(
            "Ulkomainen henkilökortti tai oleskelulupakortti",
            "Utländskt id-kort eller uppehållstillståndskort",
            "Foreign identity card or residence permit card",
        ),
        hint: None,
    },
    Choice {
        value: "client_number",
        label: Text::new(
            "Asiakasnumero tässä palvelussa",
            "Klientnummer i denna tjänst",
            "Client number in this service",
        ),
        hint: None,
    },
    Choice {
        value: "other",
        label: Text::new("Muu tunniste", "Annan identifiering", "Other identifier"),
        hint: None,
    },
];

const WHEN_NORDIC: Option<Condition> = Some(Condition {
    field: "identity_method",
    equals: METHOD_NORDIC_CODE,
});
const WHEN_OTHER: Option<Condition> = Some(Condition {
    field: "identity_method",
    equals: METHOD_OTHER_ID,
});

/// Name, identity (three paths) and email: the part every request form starts with.
pub const REQUESTER_FIELDS: [Field; 9] = [
    Field {
        id: "name",
        label: Text::new("Koko nimi", "Fullständigt namn", "Full name"),
        hint: None,
        kind: FieldKind::Text,
        required: true,
        autocomplete: "name",
        missing: Text::new(
            "Kirjoita koko nimesi.",
            "Skriv ditt fullständiga namn.",
            "Enter your full name.",
        ),
        shown_when: None,
        default: None,
    },
    Field {
        id: "identity_method",
        label: Text::new(
            "Miten sinut tunnistetaan?",
            "Hur identifieras du?",
            "How should we identify you?",
        ),
        hint: None,
        kind: FieldKind::Choice(&IDENTITY_METHODS),
        required: true,
        autocomplete: "off",
        missing: Text::new(
            "Valitse, miten sinut tunnistetaan.",
            "Välj hur du ska identifieras.",
            "Select how we should identify you.",
        ),
        shown_when: None,
        default: Some(METHOD_FINNISH_CODE),
    },
    Field {
        id: "identity_code",
        label: Text::new(
            "Henkilötunnus",
            "Personbeteckning",
            "Personal identity code",
        ),
        hint: Some(Text::new(
            "Esimerkiksi 131052-308T",
            "Till exempel 131052-308T",
            "For example 131052-308T",
        )),
        kind: FieldKind::IdentityCode,
        required: true,
        autocomplete: "off",
        missing: Text::new(
            "Anna henkilötunnuksesi.",
            "Ange din personbeteckning.",
            "Enter your personal identity code.",
        ),
        shown_when: Some(Condition {
            field: "identity_method",
            equals: METHOD_FINNISH_CODE,
        }),
        default: None,
    },
    Field {
        id: "id_country",
        label: Text::new(
            "Minkä maan henkilötunnus?",
            "Vilket lands personnummer?",
            "Which country's number?",
        ),
        hint: None,
        kind: FieldKind::Choice(&ID_COUNTRIES),
        required: true,
        autocomplete: "off",
        missing: Text::new("Valitse maa.", "Välj land.", "Select the country."),
        shown_when: WHEN_NORDIC,
        default: None,
    },
    Field {
        id: "national_id",
        label: Text::new("Henkilötunnus", "Personnummer", "Personal identity number"),
        hint: None,
        kind: FieldKind::NationalIdCode {
            country_field: "id_country",
        },
        required: true,
        autocomplete: "off",
        missing: Text::new(
            "Anna henkilötunnuksesi.",
            "Ange ditt personnummer.",
            "Enter your personal identity number.",
        ),
        shown_when: WHEN_NORDIC,
        default: None,
    },
    Field {
        id: "birth_date",
        label: Text::new("Syntymäaika", "Födelsedatum", "Date of birth"),
        hint: Some(Text::new(
            "Esimerkiksi 27.3.1987",
            "Till exempel 27.3.1987",
            "For example 27.3.1987",
        )),
        kind: FieldKind::PastDate,
        required: true,
        autocomplete: "bday",
        missing: Text::new(
            "Anna syntymäaikasi.",
            "Ange ditt födelsedatum.",
            "Enter your date of birth.",
        ),
        shown_when: WHEN_OTHER,
        default: None,
    },
    Field {
        id: "other_id_type",
        label: Text::new(
            "Mikä tunniste sinulla on?",
            "Vilken identifiering har du?",
            "Which identifier do you have?",
        ),
        hint: None,
        kind: FieldKind::Choice(&OTHER_ID_TYPES),
        required: true,
        autocomplete: "off",
        missing: Text::new(
            "Valitse tunnisteen laji.",
            "Välj typ av identifiering.",
            "Select the type of identifier.",
        ),
        shown_when: WHEN_OTHER,
        default: None,
    },
    Field {
        id: "other_id",
        label: Text::new(
            "Tunnisteen numero",
            "Identifieringens nummer",
            "Identifier number",
        ),
        hint: Some(Text::new(
            "Esimerkiksi passin numero. Tarvitsemme sen, jotta löydämme tietosi.",
            "Till exempel passnumret. Vi behöver det för att hitta dina uppgifter.",
            "For example your passport number. We need it to find your data.",
        )),
        kind: FieldKind::Text,
        required: true,
        autocomplete: "off",
        missing: Text::new(
            "Anna tunnisteen numero.",
            "Ange identifieringens nummer.",
            "Enter the identifier number.",
        ),
        shown_when: WHEN_OTHER,
        default: None,
    },
    Field {
        id: "email",
        label: Text::new("Sähköpostiosoite", "E-postadress", "Email address"),
        hint: Some(Text::new(
            "Lähetämme tähän osoitteeseen vain tiedon pyynnön käsittelystä.",
            "Vi skickar bara meddelanden om behandlingen av begäran till den här adressen.",
            "We only use this address to tell you about your request.",
        )),
        kind: FieldKind::Email,
        required: true,
        autocomplete: "email",
        missing: Text::new(
            "Anna sähköpostiosoitteesi.",
            "Ange din e-postadress.",
            "Enter your email address.",
        ),
        shown_when: None,
        default: None,
    },
];

/// The fields of the access request (tarkastuspyyntö) in its first form.
pub const ACCESS_FIELDS: [Field; 9] = REQUESTER_FIELDS;
