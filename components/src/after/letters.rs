//! When the controller is silent past the deadline, refuses, asks a fee or asks for more
//! proof of identity than is needed: a reminder to the controller (citing GDPR Art. 12(3)
//! and the request's reference and date) and a complaint to the Data Protection Ombudsman
//! (Art. 77) with the facts filled in, in the tone of an official letter, in fi / sv / en.
//!
//! A [`Letter`] is plain data: [`Letter::text`] gives the text to paste, `pdf::letter`
//! lays it out as a PDF (in the PDF maker's bundle). Where each is sent: [`send_to`].
//!
//! Architecture Invariant: a letter holds the request's facts ([`Facts`], from a kept
//! entry or typed in) and, only when the citizen typed them into the letter's own form,
//! their name and contact details; those are never stored.

use crate::after::kept::{Ground, Kept};
use crate::date::Date;
use crate::i18n::{Lang, Text};
use crate::request::RequestKind;
use serde::{Deserialize, Serialize};

/// The two letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterKind {
    /// A reminder to the controller that the answer is late.
    Reminder,
    /// A complaint to the supervisory authority (the Data Protection Ombudsman).
    Complaint,
}

/// What a letter says of the request and what happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// The request's short reference.
    pub reference: String,
    /// The kind of request.
    pub kind: RequestKind,
    /// The register it was about.
    pub register: String,
    /// The organisation that answers.
    pub controller: String,
    /// The organisation's postal address, when known.
    pub address: Option<String>,
    /// The organisation's e-mail address, when known.
    pub email: Option<String>,
    /// The day the request was made.
    pub sent: Date,
    /// The day the answer was due (the extended day when the time was extended).
    pub due: Date,
    /// Whether the controller extended the time.
    pub extended: bool,
    /// Why the letter is written.
    pub ground: Ground,
    /// When what happened happened (the refusal, the fee asked): the day the citizen set
    /// the status.
    pub happened_on: Option<Date>,
}

impl Facts {
    /// The facts of a kept request, for a letter on `ground`.
    pub fn of(kept: &Kept, ground: Ground) -> Facts {
        Facts {
            reference: kept.reference.clone(),
            kind: kept.kind,
            register: kept.register.clone(),
            controller: kept.controller.clone(),
            address: kept.address.clone(),
            email: kept.email.clone(),
            sent: kept.sent,
            due: kept.due(),
            extended: kept.status == crate::after::kept::Status::Extended,
            ground,
            happened_on: kept.status_on,
        }
    }
}

/// Who signs, as typed into the letter's form (may be empty: lines to fill in by hand).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signer {
    /// The signer's name.
    pub name: String,
    /// How to reach the signer (an address, a phone number or an e-mail address).
    pub contact: String,
}

/// A letter, laid out as an official letter reads: recipient, date, subject, body, facts,
/// closing, signer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letter {
    /// The letter's language.
    pub lang: Lang,
    /// The document's title (also the PDF's).
    pub title: String,
    /// Whom it is to, line by line.
    pub recipient: Vec<String>,
    /// "Päiväys 2.12.2026".
    pub date: String,
    /// The subject line.
    pub subject: String,
    /// The body, paragraph by paragraph.
    pub paragraphs: Vec<String>,
    /// (label, value), in order.
    pub facts: Vec<(String, String)>,
    /// Paragraphs after the facts.
    pub after_facts: Vec<String>,
    /// The closing line.
    pub closing: String,
    /// Name and contact lines, or their labels to fill in when not typed.
    pub signer: Vec<String>,
    /// The footer of each PDF page.
    pub footer: String,
}

/// The Data Protection Ombudsman, as its office gives its address (tietosuoja.fi).
pub const OMBUDSMAN: Text = Text::new(
    "Tietosuojavaltuutetun toimisto\nPL 800\n00531 Helsinki\ntietosuoja@om.fi",
    "Dataombudsmannens byrå\nPB 800\n00531 Helsingfors\ntietosuoja@om.fi",
    "Office of the Data Protection Ombudsman\nP.O. Box 800\nFI-00531 Helsinki\nFinland\ntietosuoja@om.fi",
);

/// The Ombudsman's page for starting a matter electronically (its secure forms).
pub const OMBUDSMAN_FORMS: &str = "https://tietosuoja.fi/sahkoinen-asiointi";

fn t(lang: Lang, fi: &'static str, sv: &'static str, en: &'static str) -> &'static str {
    Text::new(fi, sv, en).get(lang)
}

fn or_unknown(text: &str, lang: Lang) -> String {
    if text.trim().is_empty() {
        t(lang, "ei tiedossa", "inte känt", "not known").to_string()
    } else {
        text.to_string()
    }
}

/// Art. 12(3), cited by every letter.
fn art_12_3(lang: Lang) -> &'static str {
    t(
        lang,
        "EU:n yleisen tietosuoja-asetuksen 12 artiklan 3 kohdan mukaan rekisterinpitäjän on toimitettava rekisteröidylle tiedot pyynnön johdosta toteutetuista toimenpiteistä ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Määräaikaa voidaan pidentää enintään kahdella kuukaudella, jos se on tarpeen pyyntöjen monimutkaisuus ja määrä huomioon ottaen, ja pidentämisestä syineen on ilmoitettava kuukauden kuluessa.",
        "Enligt artikel 12.3 i EU:s allmänna dataskyddsförordning ska den personuppgiftsansvarige utan onödigt dröjsmål och senast en månad efter att ha mottagit begäran lämna den registrerade information om de åtgärder som vidtagits med anledning av begäran. Perioden får förlängas med högst två månader om det är nödvändigt med beaktande av hur komplicerad begäran är och antalet begäranden, och den registrerade ska underrättas om förlängningen och orsakerna till den inom en månad.",
        "Under Article 12(3) of the EU General Data Protection Regulation, the controller must provide information on the action taken on a request without undue delay and in any event within one month of receiving it. That period may be extended by two further months where necessary, taking into account the complexity and number of requests, and the data subject must be told of the extension and the reasons for it within one month.",
    )
}

/// What happened, as a fact: "Rekisterinpitäjä ei vastannut 3.12.2026 mennessä."
fn what_happened(f: &Facts, lang: Lang) -> String {
    let on = f.happened_on.map(|d| d.finnish());
    match (f.ground, lang) {
        (Ground::NoAnswer, Lang::Fi) if f.extended => format!("Rekisterinpitäjä ilmoitti pidentävänsä määräaikaa, mutta ei vastannut pidennetyn määräajan päättymiseen {} mennessä.", f.due.finnish()),
        (Ground::NoAnswer, Lang::Sv) if f.extended => format!("Den personuppgiftsansvarige meddelade att tiden förlängs, men svarade inte innan den förlängda tiden gick ut den {}.", f.due.finnish()),
        (Ground::NoAnswer, Lang::En) if f.extended => format!("The controller said it would extend the time, but did not answer by the end of the extended period, {}.", f.due.finnish()),
        (Ground::NoAnswer, Lang::Fi) => format!("Rekisterinpitäjä ei vastannut pyyntöön määräajan päättymiseen {} mennessä eikä ilmoittanut määräajan pidentämisestä.", f.due.finnish()),
        (Ground::NoAnswer, Lang::Sv) => format!("Den personuppgiftsansvarige svarade inte på begäran innan tiden gick ut den {} och meddelade inte att tiden förlängs.", f.due.finnish()),
        (Ground::NoAnswer, Lang::En) => format!("The controller did not answer the request by the deadline, {}, and did not say it would extend the time.", f.due.finnish()),
        (Ground::Refused, Lang::Fi) => match on { Some(d) => format!("Rekisterinpitäjä epäsi pyynnön {d}."), None => "Rekisterinpitäjä epäsi pyynnön.".into() },
        (Ground::Refused, Lang::Sv) => match on { Some(d) => format!("Den personuppgiftsansvarige avslog begäran den {d}."), None => "Den personuppgiftsansvarige avslog begäran.".into() },
        (Ground::Refused, Lang::En) => match on { Some(d) => format!("The controller refused the request on {d}."), None => "The controller refused the request.".into() },
        (Ground::Fee, Lang::Fi) => match on { Some(d) => format!("Rekisterinpitäjä pyysi {d} maksua pyynnön käsittelystä."), None => "Rekisterinpitäjä pyysi maksua pyynnön käsittelystä.".into() },
        (Ground::Fee, Lang::Sv) => match on { Some(d) => format!("Den {d} begärde den personuppgiftsansvarige en avgift för att behandla begäran."), None => "Den personuppgiftsansvarige begärde en avgift för att behandla begäran.".into() },
        (Ground::Fee, Lang::En) => match on { Some(d) => format!("On {d} the controller asked a fee for handling the request."), None => "The controller asked a fee for handling the request.".into() },
        (Ground::Identification, Lang::Fi) => match on { Some(d) => format!("Rekisterinpitäjä pyysi {d} henkilöllisyydestäni lisätodisteita, joita sen tunnistamiseen ei mielestäni tarvita."), None => "Rekisterinpitäjä pyysi henkilöllisyydestäni lisätodisteita, joita sen tunnistamiseen ei mielestäni tarvita.".into() },
        (Ground::Identification, Lang::Sv) => match on { Some(d) => format!("Den {d} begärde den personuppgiftsansvarige ytterligare bevis på min identitet, som enligt min mening inte behövs för att identifiera mig."), None => "Den personuppgiftsansvarige begärde ytterligare bevis på min identitet, som enligt min mening inte behövs för att identifiera mig.".into() },
        (Ground::Identification, Lang::En) => match on { Some(d) => format!("On {d} the controller asked for more proof of my identity than I believe is needed to identify me."), None => "The controller asked for more proof of my identity than I believe is needed to identify me.".into() },
    }
}

/// The rule the ground rests on, besides Art. 12(3).
fn rule(ground: Ground, lang: Lang) -> Option<&'static str> {
    match ground {
        Ground::NoAnswer => None,
        Ground::Refused => Some(t(
            lang,
            "Jos rekisterinpitäjä ei ryhdy toimenpiteisiin pyynnön johdosta, sen on 12 artiklan 4 kohdan mukaan ilmoitettava syyt tähän sekä mahdollisuudesta tehdä valitus valvontaviranomaiselle ja hakea muutosta tuomioistuimessa.",
            "Om den personuppgiftsansvarige inte vidtar åtgärder med anledning av begäran ska den enligt artikel 12.4 ange skälen till detta och informera om möjligheten att lämna in klagomål till en tillsynsmyndighet och begära rättslig prövning.",
            "If the controller does not take action on the request, Article 12(4) requires it to give the reasons and to inform of the possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy.",
        )),
        Ground::Fee => Some(t(
            lang,
            "Tietosuoja-asetuksen 12 artiklan 5 kohdan mukaan tiedot ja toimenpiteet toimitetaan maksutta. Maksun saa periä vain, jos pyyntö on ilmeisen perusteeton tai kohtuuton, ja tämän osoittaminen on rekisterinpitäjän vastuulla.",
            "Enligt artikel 12.5 i dataskyddsförordningen ska information och åtgärder tillhandahållas kostnadsfritt. En avgift får tas ut endast om begäran är uppenbart ogrundad eller orimlig, och det är den personuppgiftsansvarige som ska visa detta.",
            "Under Article 12(5) of the Regulation, information and action are provided free of charge. A fee may be charged only where a request is manifestly unfounded or excessive, and the controller bears the burden of demonstrating this.",
        )),
        Ground::Identification => Some(t(
            lang,
            "Tietosuoja-asetuksen 12 artiklan 6 kohdan mukaan rekisterinpitäjä voi pyytää lisätietoja vain, jos sillä on perusteltua syytä epäillä pyynnön tekijän henkilöllisyyttä, ja vain henkilöllisyyden vahvistamiseksi tarvittavia tietoja.",
            "Enligt artikel 12.6 i dataskyddsförordningen får den personuppgiftsansvarige begära ytterligare uppgifter endast om den har rimliga skäl att betvivla identiteten hos den som lämnar begäran, och endast de uppgifter som behövs för att bekräfta identiteten.",
            "Under Article 12(6) of the Regulation, the controller may request additional information only where it has reasonable doubts about the identity of the person making the request, and only the information necessary to confirm that identity.",
        )),
    }
}

fn facts_table(f: &Facts, lang: Lang, with_controller: bool) -> Vec<(String, String)> {
    let controller = with_controller.then(|| {
        let label = t(
            lang,
            "Rekisterinpitäjä",
            "Personuppgiftsansvarig",
            "Controller",
        );
        (label, f.controller.clone())
    });
    let rows = [
        (
            t(lang, "Rekisteri", "Register", "Register"),
            or_unknown(&f.register, lang),
        ),
        (
            t(lang, "Pyyntö", "Begäran", "Request"),
            f.kind.title().get(lang).to_string(),
        ),
        (
            t(lang, "Pyyntö tehty", "Begäran gjord", "Request made"),
            f.sent.finnish(),
        ),
        (
            t(lang, "Pyynnön tunnus", "Referens", "Reference"),
            f.reference.clone(),
        ),
        (
            t(
                lang,
                "Vastauksen määräaika",
                "Tidsfrist för svar",
                "Answer due",
            ),
            f.due.finnish(),
        ),
        (
            t(lang, "Mitä tapahtui", "Vad som hände", "What happened"),
            what_happened(f, lang),
        ),
    ];
    controller
        .into_iter()
        .chain(rows)
        .map(|(label, value)| (label.to_string(), value))
        .collect()
}

fn signer_lines(signer: &Signer, lang: Lang) -> Vec<String> {
    let (name, contact) = (signer.name.trim(), signer.contact.trim());
    vec![
        if name.is_empty() {
            format!("{}: ", t(lang, "Nimi", "Namn", "Name"))
        } else {
            name.to_string()
        },
        if contact.is_empty() {
            format!(
                "{}: ",
                t(lang, "Yhteystiedot", "Kontaktuppgifter", "Contact details")
            )
        } else {
            contact.to_string()
        },
    ]
}

/// The reminder to the controller, dated `today`.
pub fn reminder(f: &Facts, signer: &Signer, today: Date, lang: Lang) -> Letter {
    let title = t(
        lang,
        "Muistutus rekisterinpitäjälle",
        "Påminnelse till den personuppgiftsansvarige",
        "Reminder to the controller",
    );
    let recipient = [
        Some(f.controller.clone()),
        f.address.clone(),
        f.email.clone(),
    ]
    .into_iter()
    .flatten()
    .flat_map(|l| l.lines().map(str::to_string).collect::<Vec<_>>())
    .collect();
    let subject = match lang {
        Lang::Fi => format!(
            "Asia: Muistutus rekisteröidyn pyynnöstä, pyynnön tunnus {}",
            f.reference
        ),
        Lang::Sv => format!(
            "Ärende: Påminnelse om den registrerades begäran, referens {}",
            f.reference
        ),
        Lang::En => format!(
            "Subject: Reminder of a data subject's request, reference {}",
            f.reference
        ),
    };
    let (sent, kind, register) = (
        f.sent.finnish(),
        f.kind.title().get(lang).to_lowercase(),
        or_unknown(&f.register, lang),
    );
    let reference = &f.reference;
    let opening = match lang {
        Lang::Fi => format!("Tein {sent} pyynnön ({kind}) rekisteriä {register} koskien. Pyynnön tunnus on {reference}."),
        Lang::Sv => format!("Den {sent} gjorde jag en begäran ({kind}) om registret {register}. Begärans referens är {reference}."),
        Lang::En => format!("On {sent} I made a request ({kind}) concerning the register {register}. Its reference is {reference}."),
    };
    let mut paragraphs = vec![opening, what_happened(f, lang), art_12_3(lang).to_string()];
    paragraphs.extend(rule(f.ground, lang).map(str::to_string));
    let ask = match lang {
        Lang::Fi => format!("Pyydän, että vastaatte pyyntööni viipymättä ja viimeistään 14 päivän kuluessa tämän muistutuksen päiväyksestä, eli {} mennessä, ja mainitsette vastauksessa viitetunnuksen {}. Ellei asia ratkea, voin tehdä valituksen tietosuojavaltuutetulle (tietosuoja-asetuksen 77 artikla).", today.add_days(14).finnish(), f.reference),
        Lang::Sv => format!("Jag ber att ni besvarar min begäran utan dröjsmål och senast inom 14 dagar från dagen för denna påminnelse, alltså senast {}, och anger referensen {} i svaret. Om saken inte löses kan jag lämna in ett klagomål till dataombudsmannen (artikel 77 i dataskyddsförordningen).", today.add_days(14).finnish(), f.reference),
        Lang::En => format!("I ask you to answer my request without delay and at the latest within 14 days of the date of this reminder, that is by {}, quoting the reference {}. If the matter is not resolved, I may lodge a complaint with the Data Protection Ombudsman (Article 77 of the Regulation).", today.add_days(14).finnish(), f.reference),
    };
    Letter {
        recipient,
        subject,
        paragraphs,
        facts: facts_table(f, lang, false),
        after_facts: vec![ask],
        ..Letter::framed(title, f, signer, today, lang)
    }
}

/// The complaint to the Data Protection Ombudsman, dated `today`; `reminded_on` is the day
/// the citizen sent the reminder, when they did.
pub fn complaint(
    f: &Facts,
    signer: &Signer,
    reminded_on: Option<Date>,
    today: Date,
    lang: Lang,
) -> Letter {
    let title = t(
        lang,
        "Valitus tietosuojavaltuutetulle",
        "Klagomål till dataombudsmannen",
        "Complaint to the Data Protection Ombudsman",
    );
    let subject = t(
        lang,
        "Asia: Valitus henkilötietojen käsittelystä (EU:n yleisen tietosuoja-asetuksen 77 artikla)",
        "Ärende: Klagomål om behandling av personuppgifter (artikel 77 i EU:s allmänna dataskyddsförordning)",
        "Subject: Complaint about the processing of personal data (Article 77 of the EU General Data Protection Regulation)",
    );
    let opening = match lang {
        Lang::Fi => format!("Pyydän tietosuojavaltuutettua selvittämään, onko {} käsitellyt pyyntöäni tietosuoja-asetuksen mukaisesti, ja tarvittaessa määräämään sen vastaamaan pyyntööni.", f.controller),
        Lang::Sv => format!("Jag ber dataombudsmannen utreda om {} har behandlat min begäran enligt dataskyddsförordningen och vid behov förelägga den att besvara min begäran.", f.controller),
        Lang::En => format!("I ask the Data Protection Ombudsman to examine whether {} has handled my request as the General Data Protection Regulation requires and, where needed, to order it to answer my request.", f.controller),
    };
    let mut facts = facts_table(f, lang, true);
    let reminded = match reminded_on {
        Some(day) => day.finnish(),
        None => t(lang, "ei", "nej", "no").to_string(),
    };
    facts.push((
        t(
            lang,
            "Muistutus rekisterinpitäjälle lähetetty",
            "Påminnelse skickad till den personuppgiftsansvarige",
            "Reminder sent to the controller",
        )
        .to_string(),
        reminded,
    ));
    let mut after_facts = vec![art_12_3(lang).to_string()];
    after_facts.extend(rule(f.ground, lang).map(str::to_string));
    after_facts.push(t(
        lang,
        "Voin toimittaa pyyntöni ja rekisterinpitäjän kanssa käydyn kirjeenvaihdon pyydettäessä.",
        "Jag kan på begäran lämna in min begäran och korrespondensen med den personuppgiftsansvarige.",
        "I can provide my request and the correspondence with the controller on request.",
    ).to_string());
    Letter {
        recipient: OMBUDSMAN.get(lang).lines().map(str::to_string).collect(),
        subject: subject.to_string(),
        paragraphs: vec![opening],
        facts,
        after_facts,
        ..Letter::framed(title, f, signer, today, lang)
    }
}

impl Letter {
    /// What every letter has around its body: title, date, closing, signer and footer
    /// (recipient, subject and body empty).
    fn framed(title: &str, f: &Facts, signer: &Signer, today: Date, lang: Lang) -> Letter {
        Letter {
            lang,
            title: title.to_string(),
            recipient: Vec::new(),
            date: format!(
                "{} {}",
                t(lang, "Päiväys", "Datum", "Date"),
                today.finnish()
            ),
            subject: String::new(),
            paragraphs: Vec::new(),
            facts: Vec::new(),
            after_facts: Vec::new(),
            closing: t(
                lang,
                "Ystävällisin terveisin",
                "Med vänliga hälsningar",
                "Yours sincerely",
            )
            .to_string(),
            signer: signer_lines(signer, lang),
            footer: format!("{title} · {}", f.reference),
        }
    }

    /// The letter as text to paste into an e-mail or a web form.
    pub fn text(&self) -> String {
        let mut out = Vec::new();
        out.push(self.recipient.join("\n"));
        out.push(self.date.clone());
        out.push(self.subject.clone());
        out.extend(self.paragraphs.iter().cloned());
        out.push(
            self.facts
                .iter()
                .map(|(label, value)| format!("{label}: {value}"))
                .collect::<Vec<_>>()
                .join("\n"),
        );
        out.extend(self.after_facts.iter().cloned());
        out.push(format!("{}\n\n{}", self.closing, self.signer.join("\n")));
        out.join("\n\n")
    }

    /// A file name for its PDF: `muistutus-ABCD-1234.pdf`.
    pub fn file_name(kind: LetterKind, reference: &str) -> String {
        let safe = crate::after::kept::file_part(reference);
        match kind {
            LetterKind::Reminder => format!("muistutus-{safe}.pdf"),
            LetterKind::Complaint => format!("valitus-{safe}.pdf"),
        }
    }
}

/// Where a letter goes, in the citizen's words.
pub fn send_to(kind: LetterKind, f: &Facts, lang: Lang) -> String {
    match kind {
        LetterKind::Reminder => {
            let to = [f.email.clone(), f.address.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(t(lang, " tai ", " eller ", " or "));
            let to = if to.is_empty() {
                t(lang, "tietosuojaselosteessa mainittuun osoitteeseen", "till adressen i dataskyddsbeskrivningen", "to the address given in the privacy notice").to_string()
            } else {
                to.replace('\n', ", ")
            };
            match lang {
                Lang::Fi => format!("Lähetä muistutus organisaatiolle {}: {}. Jos organisaatiolla on suojattu asiointikanava, käytä sitä. Säilytä kopio ja kirjoita muistiin, minä päivänä lähetit sen.", f.controller, to),
                Lang::Sv => format!("Skicka påminnelsen till {}: {}. Om organisationen har en skyddad kanal för ärenden, använd den. Spara en kopia och anteckna vilken dag du skickade den.", f.controller, to),
                Lang::En => format!("Send the reminder to {}: {}. If the organisation has a secure channel, use it. Keep a copy and note the day you sent it.", f.controller, to),
            }
        }
        LetterKind::Complaint => match lang {
            Lang::Fi => format!("Lähetä valitus tietosuojavaltuutetun toimistolle sen suojatulla sähköisellä lomakkeella ({OMBUDSMAN_FORMS}), postitse (PL 800, 00531 Helsinki) tai sähköpostilla tietosuoja@om.fi. Tavallinen sähköposti ei ole salattu: älä lähetä sillä arkaluonteisia tietoja, kuten terveystietoja. Liitä mukaan kopio pyynnöstäsi ja rekisterinpitäjän vastaus, jos sait sellaisen."),
            Lang::Sv => format!("Skicka klagomålet till dataombudsmannens byrå med dess skyddade elektroniska blankett ({OMBUDSMAN_FORMS}), per post (PB 800, 00531 Helsingfors) eller per e-post till tietosuoja@om.fi. Vanlig e-post är inte krypterad: skicka inte känsliga uppgifter, till exempel hälsouppgifter, med den. Bifoga en kopia av din begäran och den personuppgiftsansvariges svar, om du fick ett."),
            Lang::En => format!("Send the complaint to the Office of the Data Protection Ombudsman with its secure online form ({OMBUDSMAN_FORMS}), by post (P.O. Box 800, FI-00531 Helsinki) or by e-mail to tietosuoja@om.fi. Ordinary e-mail is not encrypted: do not send sensitive data, such as health data, with it. Attach a copy of your request and the controller's answer, if you got one."),
        },
    }
}

#[cfg(test)]
mod tests;
