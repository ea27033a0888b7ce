//! "My requests": the requests a citizen chose to keep on this device, to follow their
//! deadlines and set where each stands.
//!
//! Architecture Invariant: an entry holds the request's reference, kind, register, the
//! organisation that answers, the day it was made, its deadlines and the status the
//! citizen set — nothing of the person: no identity code, no name, no answers, no
//! attachments. [`Kept::of_receipt`] is the only way from a made request to an entry, and
//! the test reads every entry for the request's personal strings. Kept only when the
//! citizen chooses "keep on this device" (`web/later/my_requests.rs`, in `localStorage`
//! under [`STORAGE_KEY`]); each entry and the whole list can be deleted.

use crate::date::Date;
use crate::deadline::Deadline;
use crate::i18n::{Lang, Text};
use crate::request::receipt::Receipt;
use crate::request::RequestKind;
use serde::{Deserialize, Serialize};

/// The key of the list in `localStorage`.
pub const STORAGE_KEY: &str = "seloste-my-requests";
/// The list's format, written in the stored JSON.
pub const FORMAT: &str = "seloste.my-requests/1";
/// The longest reference, register or organisation name accepted.
const MAX_TEXT: usize = 200;
/// The most entries kept (the oldest go first).
const MAX_ENTRIES: usize = 200;

crate::closed_set::closed_set! {
    /// Where a request stands, as the citizen sets it.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Status {
        /// Nothing heard yet (the default).
        #[default]
        Waiting = "waiting",
        /// The controller answered.
        Answered = "answered",
        /// The controller said it needs more time (Art. 12(3): two further months).
        Extended = "extended",
        /// The controller refused the request.
        Refused = "refused",
        /// The controller asked a fee.
        Fee = "fee",
        /// The controller asked for more proof of identity than is needed.
        Identification = "identification",
        /// The citizen says no answer came.
        NoAnswer = "no_answer",
    }
}

impl Status {
    /// The status in the citizen's words.
    pub fn label(self) -> Text {
        match self {
            Status::Waiting => Text::new(
                "Odottaa vastausta",
                "Väntar på svar",
                "Waiting for an answer",
            ),
            Status::Answered => Text::new("Vastattu", "Besvarad", "Answered"),
            Status::Extended => Text::new(
                "Määräaikaa on pidennetty",
                "Tiden har förlängts",
                "Time extended",
            ),
            Status::Refused => Text::new("Pyyntö evättiin", "Begäran avslogs", "Refused"),
            Status::Fee => Text::new(
                "Pyynnöstä pyydettiin maksua",
                "En avgift begärdes",
                "A fee was asked",
            ),
            Status::Identification => Text::new(
                "Pyydettiin tarpeettomia henkilöllisyyden todisteita",
                "Onödiga identitetsbevis begärdes",
                "Needless proof of identity was asked",
            ),
            Status::NoAnswer => {
                Text::new("Vastausta ei tullut", "Inget svar kom", "No answer came")
            }
        }
    }
}

/// Why the citizen may remind the controller and complain: what happened, or that the
/// deadline passed without an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ground {
    /// The deadline passed without an answer.
    NoAnswer,
    /// The controller refused the request.
    Refused,
    /// The controller asked for a fee.
    Fee,
    /// The controller asked for more to identify the requester.
    Identification,
}

/// One kept request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kept {
    /// The request's short reference.
    pub reference: String,
    /// The kind of request.
    pub kind: RequestKind,
    /// The register it was about.
    pub register: String,
    /// The organisation that answers (the registry office, or the controller).
    pub controller: String,
    /// Where a letter to it goes: its postal address and e-mail, as the notice gave them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The organisation's e-mail address.
    pub email: Option<String>,
    /// The day the request was made (ISO).
    pub sent: Date,
    /// Where the request stands, as the citizen last said.
    pub status: Status,
    /// The day the citizen set the status (or what it says happened).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_on: Option<Date>,
}

/// Why an entry typed in by hand was refused, said to the citizen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// No reference was given.
    Reference,
    /// No organisation was given.
    Organisation,
    /// The day it was sent is missing or not a date.
    SentDate,
    /// The day it was sent is after today.
    SentLater,
}

impl EntryError {
    /// What to tell the citizen.
    pub fn message(self) -> Text {
        match self {
            EntryError::Reference => Text::new(
                "Kirjoita pyynnön tunnus.",
                "Ange begärans referens.",
                "Enter the request's reference.",
            ),
            EntryError::Organisation => Text::new(
                "Kirjoita organisaatio, jolle pyyntö lähti.",
                "Ange organisationen som begäran skickades till.",
                "Enter the organisation the request went to.",
            ),
            EntryError::SentDate => Text::new(
                "Kirjoita päivä, jona pyyntö lähti, muodossa pp.kk.vvvv, esimerkiksi 3.11.2026.",
                "Ange dagen då begäran skickades i formen dd.mm.åååå, till exempel 3.11.2026.",
                "Enter the day the request was sent as dd.mm.yyyy, for example 3.11.2026.",
            ),
            EntryError::SentLater => Text::new(
                "Päivä, jona pyyntö lähti, ei voi olla tulevaisuudessa.",
                "Dagen då begäran skickades kan inte vara i framtiden.",
                "The day the request was sent cannot be in the future.",
            ),
        }
    }
}

fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Kept {
    /// The entry of a made request: its reference, kind, register and office, and the day
    /// it was made — never the requester or the answers.
    pub fn of_receipt(receipt: &Receipt) -> Kept {
        let register = &receipt.payload.register;
        let office = register.handled_by.as_ref().unwrap_or(&register.controller);
        Kept {
            reference: receipt.reference.clone(),
            kind: receipt.payload.kind,
            register: register.register_name.clone(),
            controller: office.name.clone(),
            address: office.address.clone(),
            email: office.email.clone(),
            sent: receipt.counted_from().unwrap_or(receipt.deadline.answer_by),
            status: Status::Waiting,
            status_on: None,
        }
    }

    /// An entry for a request made elsewhere, from what the citizen typed: the reference,
    /// the organisation, the register (may be empty), the kind and the day it was sent
    /// (`d.m.yyyy` or ISO), not after `today`.
    pub fn typed(
        reference: &str,
        controller: &str,
        register: &str,
        kind: RequestKind,
        sent: &str,
        today: Date,
    ) -> Result<Kept, EntryError> {
        let reference = clean(reference);
        if reference.is_empty() || reference.chars().count() > MAX_TEXT {
            return Err(EntryError::Reference);
        }
        let controller = clean(controller);
        if controller.is_empty() || controller.chars().count() > MAX_TEXT {
            return Err(EntryError::Organisation);
        }
        let sent = read_day(sent).ok_or(EntryError::SentDate)?;
        if sent > today {
            return Err(EntryError::SentLater);
        }
        let register: String = clean(register).chars().take(MAX_TEXT).collect();
        Ok(Kept {
            reference,
            kind,
            register,
            controller,
            address: None,
            email: None,
            sent,
            status: Status::Waiting,
            status_on: None,
        })
    }

    /// The deadlines, counted from the day the request was made.
    pub fn deadline(&self) -> Deadline {
        Deadline::from_received(self.sent)
    }

    /// The day the answer is due: the extended day once the controller extended the time.
    pub fn due(&self) -> Date {
        let deadline = self.deadline();
        if self.status == Status::Extended {
            deadline.extended_by
        } else {
            deadline.answer_by
        }
    }

    /// Days from `today` to the day the answer is due (negative once it has passed).
    pub fn days_left(&self, today: Date) -> i64 {
        today.days_until(self.due())
    }

    /// Why the citizen may remind and complain on `today`, if there is a reason: what the
    /// controller did, or the deadline passed without an answer.
    pub fn ground(&self, today: Date) -> Option<Ground> {
        match self.status {
            Status::Answered => None,
            Status::Refused => Some(Ground::Refused),
            Status::Fee => Some(Ground::Fee),
            Status::Identification => Some(Ground::Identification),
            Status::NoAnswer => Some(Ground::NoAnswer),
            Status::Waiting | Status::Extended => {
                (self.days_left(today) < 0).then_some(Ground::NoAnswer)
            }
        }
    }
}

/// A reference as part of a file name: letters, digits and dashes kept, anything else
/// `_`, at most 40 characters (a reference typed in may hold anything).
pub fn file_part(reference: &str) -> String {
    reference
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect()
}

/// A day as people type it: `3.11.2026` (also `03.11.2026`) or ISO `2026-11-03`.
pub fn read_day(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(day) = Date::from_iso(text).filter(|_| text.len() == 10) {
        return Some(day);
    }
    let mut parts = text.split('.');
    let mut number = || -> Option<u16> {
        let part = parts.next()?;
        (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (day, month, year) = (number()?, number()?, number()?);
    if parts.next().is_some() || year < 1000 {
        return None;
    }
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// The kept list as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptList {
    format: String,
    /// The kept requests, newest first.
    pub requests: Vec<Kept>,
}

impl KeptList {
    /// An empty list.
    pub fn new() -> KeptList {
        KeptList {
            format: FORMAT.to_string(),
            requests: Vec::new(),
        }
    }

    /// The stored list; an empty one when nothing is stored. A text that is not a list of
    /// this format (written by something else) is an error, so that it is not overwritten
    /// unseen.
    pub fn from_json(text: Option<&str>) -> Result<KeptList, String> {
        let Some(text) = text else {
            return Ok(KeptList::new());
        };
        let list: KeptList = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if list.format != FORMAT {
            return Err(format!("format {:?} is not {FORMAT}", list.format));
        }
        Ok(list)
    }

    /// The list as stored (JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Keeps `entry`, in place of a kept one with the same reference and organisation
    /// (whose status stays); newest first.
    pub fn keep(&mut self, mut entry: Kept) {
        if let Some(at) = self.position(&entry.reference, &entry.controller) {
            let old = self.requests.remove(at);
            (entry.status, entry.status_on) = (old.status, old.status_on);
        }
        self.requests.insert(0, entry);
        self.requests.truncate(MAX_ENTRIES);
    }

    fn position(&self, reference: &str, controller: &str) -> Option<usize> {
        self.requests
            .iter()
            .position(|k| k.reference == reference && k.controller == controller)
    }

    /// Whether a request with `reference` is kept.
    pub fn contains(&self, reference: &str) -> bool {
        self.requests.iter().any(|k| k.reference == reference)
    }

    /// Sets the status of the entry of `reference` and `controller`, on `today` (by its
    /// key, not its place: another tab may have changed the list meanwhile).
    pub fn set_status(&mut self, reference: &str, controller: &str, status: Status, today: Date) {
        if let Some(at) = self.position(reference, controller) {
            let entry = &mut self.requests[at];
            entry.status = status;
            entry.status_on = (status != Status::Waiting).then_some(today);
        }
    }

    /// Removes the entry of `reference` and `controller`.
    pub fn remove(&mut self, reference: &str, controller: &str) {
        if let Some(at) = self.position(reference, controller) {
            self.requests.remove(at);
        }
    }
}

/// What the list's words are.
pub mod words {
    use crate::i18n::Text;

    /// In English: “My requests”
    pub const TITLE: Text = Text::new("Omat pyyntöni", "Mina begäranden", "My requests");
    /// In English: “Follow the request on this device”
    pub const KEEP_TITLE: Text = Text::new(
        "Seuraa pyyntöä tällä laitteella",
        "Följ begäran på den här enheten",
        "Follow the request on this device",
    );
    /// In English: “You can keep the request's details in this device's browser, to see its deadline and …”
    pub const KEEP_HELP: Text = Text::new(
        "Voit pitää pyynnön tiedot tämän laitteen selaimessa, niin näet määräajan ja voit myöhemmin tehdä muistutuksen tai valituksen. Talteen jäävät vain pyynnön tunnus, pyynnön laji, rekisteri, organisaatio yhteystietoineen ja päivämäärät: ei henkilötunnusta, ei vastauksiasi eikä liitteitä. Voit poistaa tiedot milloin tahansa.",
        "Du kan spara begärans uppgifter i webbläsaren på den här enheten, så ser du tidsfristen och kan senare göra en påminnelse eller ett klagomål. Endast referensen, typen av begäran, registret, organisationen med dess kontaktuppgifter och datumen sparas: ingen personbeteckning, inga svar och inga bilagor. Du kan radera uppgifterna när som helst.",
        "You can keep the request's details in this device's browser, to see its deadline and later make a reminder or a complaint. Only the reference, the kind of request, the register, the organisation with its contact details and the dates are kept: no identity code, none of your answers and no attachments. You can delete them at any time.",
    );
    /// In English: “Keep on this device”
    pub const KEEP: Text = Text::new(
        "Pidä tällä laitteella",
        "Spara på den här enheten",
        "Keep on this device",
    );
    /// In English: “The request is in your requests on this device.”
    pub const KEPT: Text = Text::new(
        "Pyyntö on omissa pyynnöissäsi tällä laitteella.",
        "Begäran finns bland dina begäranden på den här enheten.",
        "The request is in your requests on this device.",
    );
    /// In English: “No requests are kept on this device.”
    pub const EMPTY: Text = Text::new(
        "Tällä laitteella ei ole pidettyjä pyyntöjä.",
        "Inga begäranden har sparats på den här enheten.",
        "No requests are kept on this device.",
    );
    /// In English: “This browser does not allow storing data, so the request could not be kept on this …”
    pub const NOT_STORED: Text = Text::new(
        "Tämä selain ei salli tietojen tallentamista, joten pyyntöä ei voitu pitää tällä laitteella. Kirjoita pyynnön tunnus muistiin.",
        "Den här webbläsaren tillåter inte att uppgifter sparas, så begäran kunde inte sparas på enheten. Anteckna referensen.",
        "This browser does not allow storing data, so the request could not be kept on this device. Write down the reference.",
    );
    /// In English: “The requests kept on this device could not be read. You can delete them and start again.”
    pub const UNREADABLE: Text = Text::new(
        "Tällä laitteella pidettyjä pyyntöjä ei voitu lukea. Voit poistaa ne ja aloittaa alusta.",
        "Begärandena som sparats på enheten kunde inte läsas. Du kan radera dem och börja om.",
        "The requests kept on this device could not be read. You can delete them and start again.",
    );
    /// In English: “Sent”
    pub const SENT: Text = Text::new("Lähetetty", "Skickad", "Sent");
    /// In English: “Answer due by”
    pub const DUE: Text = Text::new(
        "Vastattava viimeistään",
        "Ska besvaras senast",
        "Answer due by",
    );
    /// In English: “Status”
    pub const STATUS: Text = Text::new("Tilanne", "Status", "Status");
    /// In English: “Save status”
    pub const SET_STATUS: Text = Text::new("Tallenna tilanne", "Spara status", "Save status");
    /// In English: “Delete”
    pub const DELETE: Text = Text::new("Poista", "Radera", "Delete");
    /// In English: “Delete all from this device”
    pub const DELETE_ALL: Text = Text::new(
        "Poista kaikki tältä laitteelta",
        "Radera alla från den här enheten",
        "Delete all from this device",
    );
    /// In English: “Deleted.”
    pub const DELETED: Text = Text::new("Poistettu.", "Raderad.", "Deleted.");
    /// In English: “Reminder or complaint”
    pub const LETTERS: Text = Text::new(
        "Muistutus tai valitus",
        "Påminnelse eller klagomål",
        "Reminder or complaint",
    );
    /// In English: “A request not in the list”
    pub const TYPED_TITLE: Text = Text::new(
        "Pyyntö, joka ei ole listalla",
        "En begäran som inte finns i listan",
        "A request not in the list",
    );
    /// In English: “If you made the request elsewhere or on another device, enter its details to follow it …”
    pub const TYPED_HELP: Text = Text::new(
        "Jos teit pyynnön muualla tai toisella laitteella, kirjoita sen tiedot, niin voit seurata sitä ja tehdä muistutuksen tai valituksen.",
        "Om du gjorde begäran någon annanstans eller på en annan enhet, skriv dess uppgifter, så kan du följa den och göra en påminnelse eller ett klagomål.",
        "If you made the request elsewhere or on another device, enter its details to follow it and make a reminder or a complaint.",
    );
    /// In English: “Reference”
    pub const REFERENCE: Text = Text::new("Pyynnön tunnus", "Referens", "Reference");
    /// In English: “Organisation the request went to”
    pub const ORGANISATION: Text = Text::new(
        "Organisaatio, jolle pyyntö lähti",
        "Organisationen som begäran skickades till",
        "Organisation the request went to",
    );
    /// In English: “Register (if you know)”
    pub const REGISTER: Text = Text::new(
        "Rekisteri (jos tiedät)",
        "Register (om du vet)",
        "Register (if you know)",
    );
    /// In English: “Kind of request”
    pub const KIND: Text = Text::new("Pyynnön laji", "Typ av begäran", "Kind of request");
    /// In English: “Day the request was sent”
    pub const SENT_ON: Text = Text::new(
        "Päivä, jona pyyntö lähti",
        "Dagen då begäran skickades",
        "Day the request was sent",
    );
    /// In English: “For example 3.11.2026”
    pub const DATE_HINT: Text = Text::new(
        "Esimerkiksi 3.11.2026",
        "Till exempel 3.11.2026",
        "For example 3.11.2026",
    );
    /// In English: “Register”
    pub const REGISTER_SHOWN: Text = Text::new("Rekisteri", "Register", "Register");
    /// In English: “Answered by”
    pub const ORGANISATION_SHOWN: Text =
        Text::new("Pyyntöön vastaa", "Begäran besvaras av", "Answered by");
    /// In English: “The request was added to the list.”
    pub const ADDED: Text = Text::new(
        "Pyyntö lisättiin listalle.",
        "Begäran lades till i listan.",
        "The request was added to the list.",
    );
    /// In English: “The status was saved.”
    pub const STATUS_SAVED: Text = Text::new(
        "Tilanne tallennettiin.",
        "Statusen sparades.",
        "The status was saved.",
    );
    /// In English: “Your requests could not be loaded. Check your connection and reload the page.”
    pub const NOT_LOADED: Text = Text::new(
        "Omia pyyntöjä ei voitu ladata. Tarkista verkkoyhteys ja lataa sivu uudelleen.",
        "Dina begäranden kunde inte laddas. Kontrollera nätverksanslutningen och ladda om sidan.",
        "Your requests could not be loaded. Check your connection and reload the page.",
    );
    /// In English: “Add to the list”
    pub const ADD: Text = Text::new("Lisää listalle", "Lägg till i listan", "Add to the list");
}

/// "12 days left", "due today", "3 days late", in `lang`.
pub fn days_left_text(days: i64, lang: Lang) -> String {
    let n = days.unsigned_abs();
    match (days.signum(), lang) {
        (0, _) => Text::new(
            "Määräaika päättyy tänään",
            "Tiden går ut i dag",
            "Due today",
        )
        .get(lang)
        .to_string(),
        (1, Lang::Fi) => format!("{n} {} jäljellä", if n == 1 { "päivä" } else { "päivää" }),
        (1, Lang::Sv) => format!("{n} {} kvar", if n == 1 { "dag" } else { "dagar" }),
        (1, Lang::En) => format!("{n} {} left", if n == 1 { "day" } else { "days" }),
        (_, Lang::Fi) => format!(
            "Määräaika päättyi {n} {} sitten",
            if n == 1 { "päivä" } else { "päivää" }
        ),
        (_, Lang::Sv) => format!(
            "Tiden gick ut för {n} {} sedan",
            if n == 1 { "dag" } else { "dagar" }
        ),
        (_, Lang::En) => format!(
            "{n} {} past the deadline",
            if n == 1 { "day" } else { "days" }
        ),
    }
}

#[cfg(test)]
mod tests;
