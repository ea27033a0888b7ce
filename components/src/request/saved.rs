//! "Save my answers to a file" and "continue from a file": a form's draft carried to
//! another device, encrypted with a passphrase the citizen chooses.
//!
//! The file (`seloste.saved-answers/1`) is JSON: in the clear only what says which form it
//! belongs to (the notice's id, the register's name, the request kind) and how it was
//! encrypted; the answers and the step (a [`Draft`](crate::request::draft::Draft)) are encrypted with AES-256-GCM
//! under a key derived from the passphrase with PBKDF2-HMAC-SHA-256 (600,000 iterations,
//! a random 16-byte salt; a random 12-byte IV). The clear part is the cipher's additional
//! data, so a file changed anywhere does not open. WebCrypto does the cryptography
//! (`web/later/saved_file.js`); this module writes and reads the file and says what went
//! wrong. Chosen files (attachments) are never in it (a file question's answer, the
//! file's name, is, and is dropped on opening); nor is a verified identity.

use crate::i18n::{Lang, Text};
use crate::json::{self, Json, JsonError};
use crate::request::RequestKind;

/// The file's `format` member: the version of this format.
pub const FORMAT: &str = "seloste.saved-answers/1";
/// PBKDF2 iterations of a file this version writes (OWASP's figure for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
/// What a file may ask for: fewer would make guessing cheap, more would hang the page.
const ITERATIONS_READ: std::ops::RangeInclusive<u32> = 100_000..=10_000_000;
/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE: usize = 12;

/// A saved-answers file: the clear part, and the encrypted draft (base64url, no padding).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedFile {
    /// The notice of the form the answers were given on.
    pub notice_id: String,
    /// Its register's name, to say which form a file is from.
    pub register_name: String,
    /// The kind of request.
    pub kind: RequestKind,
    /// PBKDF2-HMAC-SHA256 iterations that made the key from the passphrase.
    pub iterations: u32,
    /// PBKDF2's salt, base64url.
    pub salt: String,
    /// AES-GCM's IV, base64url.
    pub iv: String,
    /// The draft encrypted with AES-256-GCM, base64url.
    pub data: String,
}

/// Why a file could not be opened, said to the citizen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Not a file of saved answers (or of a later version).
    NotSaved,
    /// Saved from another form: its kind and register are said.
    OtherForm {
        /// The kind of request of the file.
        kind: RequestKind,
        /// The register of the file.
        register_name: String,
    },
    /// The passphrase is wrong, or the file was changed: AES-GCM cannot tell which.
    NotOpened,
}

const NOT_SAVED: Text = Text::new(
    "Tiedosto ei ole tällä lomakkeella tallennettu vastaustiedosto.",
    "Filen är inte en fil med svar som sparats med det här formuläret.",
    "This file is not a file of answers saved with this form.",
);
const OTHER_FORM: Text = Text::new(
    "Tiedosto on tallennettu toisella lomakkeella. Avaa se lomakkeella",
    "Filen sparades med ett annat formulär. Öppna den med formuläret",
    "This file was saved with another form. Open it with the form",
);
const OF_REGISTER: Text = Text::new("rekisterin", "för registret", "of the register");
const NOT_OPENED: Text = Text::new(
    "Tiedostoa ei voitu avata: salasana on väärä tai tiedostoa on muutettu tallentamisen jälkeen.",
    "Filen kunde inte öppnas: lösenordet är fel eller filen har ändrats efter att den sparades.",
    "The file could not be opened: the passphrase is wrong, or the file was changed after it was saved.",
);
/// In English: “The passphrase must have at least 12 characters.”
pub const PASSPHRASE_SHORT: Text = Text::new(
    "Salasanassa on oltava vähintään 12 merkkiä.",
    "Lösenordet måste ha minst 12 tecken.",
    "The passphrase must have at least 12 characters.",
);

/// The words of the "save / continue from a file" panel (`web/later/saved_answers.rs`).
pub mod words {
    use crate::i18n::Text;

    /// The button on every step that opens the panel.
    /// (Not "continue": the step's own button is "Continue".)
    pub const TOGGLE: Text = Text::new(
        "Tallenna vastaukset tiedostoon tai avaa tallennettu tiedosto",
        "Spara svaren i en fil eller öppna en sparad fil",
        "Save your answers to a file, or open a saved file",
    );
    /// In English: “Save your answers to a file”
    pub const SAVE_TITLE: Text = Text::new(
        "Tallenna vastaukset tiedostoon",
        "Spara svaren i en fil",
        "Save your answers to a file",
    );
    /// In English: “You can continue on another device by opening the file with this form. The file is …”
    pub const SAVE_HELP: Text = Text::new(
        "Voit jatkaa toisella laitteella avaamalla tiedoston tällä lomakkeella. Tiedosto salataan valitsemallasi salasanalla: kirjoita salasana muistiin, sillä ilman sitä tiedostoa ei voi avata. Liitteitä ei tallenneta tiedostoon; valitse ne uudelleen, kun jatkat.",
        "Du kan fortsätta på en annan enhet genom att öppna filen med det här formuläret. Filen krypteras med ett lösenord som du väljer: skriv upp lösenordet, för utan det kan filen inte öppnas. Bilagor sparas inte i filen; välj dem på nytt när du fortsätter.",
        "You can continue on another device by opening the file with this form. The file is encrypted with a passphrase you choose: write the passphrase down, as the file cannot be opened without it. Attachments are not saved in the file; choose them again when you continue.",
    );
    /// In English: “Passphrase (at least 12 characters)”
    pub const NEW_PASSPHRASE: Text = Text::new(
        "Salasana (vähintään 12 merkkiä)",
        "Lösenord (minst 12 tecken)",
        "Passphrase (at least 12 characters)",
    );
    /// In English: “Save the file”
    pub const SAVE: Text = Text::new("Tallenna tiedosto", "Spara filen", "Save the file");
    /// In English: “Your browser saves the file (usually in Downloads). Keep the passphrase apart from the …”
    pub const SAVED: Text = Text::new(
        "Selain tallentaa tiedoston (tavallisesti Lataukset-kansioon). Säilytä salasana eri paikassa kuin tiedosto.",
        "Webbläsaren sparar filen (vanligen i mappen Hämtade filer). Förvara lösenordet på ett annat ställe än filen.",
        "Your browser saves the file (usually in Downloads). Keep the passphrase apart from the file.",
    );
    /// In English: “The file could not be saved in this browser.”
    pub const NOT_SAVED_HERE: Text = Text::new(
        "Tiedostoa ei voitu tallentaa tässä selaimessa.",
        "Filen kunde inte sparas i den här webbläsaren.",
        "The file could not be saved in this browser.",
    );
    /// In English: “Continue from a saved file”
    pub const OPEN_TITLE: Text = Text::new(
        "Jatka tallennetusta tiedostosta",
        "Fortsätt från en sparad fil",
        "Continue from a saved file",
    );
    /// In English: “The answers in the file replace this form's current answers.”
    pub const OPEN_HELP: Text = Text::new(
        "Tiedoston vastaukset korvaavat tämän lomakkeen nykyiset vastaukset.",
        "Svaren i filen ersätter svaren i det här formuläret.",
        "The answers in the file replace this form's current answers.",
    );
    /// In English: “Saved file”
    pub const FILE: Text = Text::new("Tallennettu tiedosto", "Sparad fil", "Saved file");
    /// In English: “Passphrase”
    pub const PASSPHRASE: Text = Text::new("Salasana", "Lösenord", "Passphrase");
    /// In English: “Open the file”
    pub const OPEN: Text = Text::new("Avaa tiedosto", "Öppna filen", "Open the file");
    /// In English: “Choose the saved file.”
    pub const CHOOSE_FILE: Text = Text::new(
        "Valitse tallennettu tiedosto.",
        "Välj den sparade filen.",
        "Choose the saved file.",
    );
    /// In English: “Your answers were restored from the file. Check them before you make the request.”
    pub const RESTORED: Text = Text::new(
        "Vastauksesi palautettiin tiedostosta. Tarkista ne ennen kuin teet pyynnön.",
        "Dina svar hämtades från filen. Kontrollera dem innan du gör begäran.",
        "Your answers were restored from the file. Check them before you make the request.",
    );
    /// In English: “Your answers were restored from the file. Choose the attachment again: attachments are …”
    pub const RESTORED_FILE_AGAIN: Text = Text::new(
        "Vastauksesi palautettiin tiedostosta. Valitse liitetiedosto uudelleen: liitteitä ei tallenneta tiedostoon.",
        "Dina svar hämtades från filen. Välj bilagan på nytt: bilagor sparas inte i filen.",
        "Your answers were restored from the file. Choose the attachment again: attachments are not saved in the file.",
    );
}

impl SavedError {
    /// The message for the citizen.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SavedError::NotSaved => NOT_SAVED.get(lang).to_string(),
            SavedError::OtherForm {
                kind,
                register_name,
            } => format!(
                "{} ”{}” ({} ”{}”).",
                OTHER_FORM.get(lang),
                kind.title().get(lang),
                OF_REGISTER.get(lang),
                register_name
            ),
            SavedError::NotOpened => NOT_OPENED.get(lang).to_string(),
        }
    }
}

/// `Ok` for a passphrase long enough (characters, not bytes).
pub fn check_passphrase(passphrase: &str) -> Result<(), Text> {
    if passphrase.chars().count() >= MIN_PASSPHRASE {
        Ok(())
    } else {
        Err(PASSPHRASE_SHORT)
    }
}

impl SavedFile {
    /// The cipher's additional data: the clear part that says which form the file is for,
    /// bound to what is encrypted.
    pub fn additional_data(notice_id: &str, register_name: &str, kind: RequestKind) -> String {
        format!(
            "{FORMAT}\n{}\n{}\n{}",
            json::quote(notice_id),
            json::quote(register_name),
            kind.name()
        )
    }

    /// The file as written (JSON).
    pub fn to_json(&self) -> String {
        format!(
            concat!(
                r#"{{"format":"{}","notice_id":{},"register_name":{},"kind":"{}","#,
                r#""kdf":{{"name":"PBKDF2","hash":"SHA-256","iterations":{},"salt":"{}"}},"#,
                r#""cipher":{{"name":"AES-GCM","length":256,"iv":"{}"}},"data":"{}"}}"#
            ),
            FORMAT,
            json::quote(&self.notice_id),
            json::quote(&self.register_name),
            self.kind.name(),
            self.iterations,
            self.salt,
            self.iv,
            self.data
        )
    }

    /// A file as [`SavedFile::to_json`] wrote it, checked to be for the form of
    /// `notice_id` and `kind`.
    pub fn open_for(
        text: &str,
        notice_id: &str,
        kind: RequestKind,
    ) -> Result<SavedFile, SavedError> {
        let file = SavedFile::from_json(text).map_err(|_| SavedError::NotSaved)?;
        if file.notice_id != notice_id || file.kind != kind {
            return Err(SavedError::OtherForm {
                kind: file.kind,
                register_name: file.register_name,
            });
        }
        Ok(file)
    }

    fn from_json(text: &str) -> Result<SavedFile, JsonError> {
        let doc = json::parse(text)?;
        let mut m = doc.members()?;
        let format = m.required("format", Json::string)?;
        if format != FORMAT {
            return Err(JsonError::new("another format"));
        }
        let notice_id = m.required("notice_id", Json::string)?;
        let register_name = m.required("register_name", Json::string)?;
        let kind = m.required("kind", |v| {
            RequestKind::parse(v.str()?).ok_or_else(|| JsonError::new("no such kind"))
        })?;
        let (iterations, salt) = m.required("kdf", |v| {
            let mut k = v.members()?;
            k.required("name", |v| expect(v, "PBKDF2"))?;
            k.required("hash", |v| expect(v, "SHA-256"))?;
            let iterations = k.required("iterations", Json::uint)?;
            let salt = k.required("salt", |v| base64url(v, 16))?;
            k.strict()?;
            Ok((iterations, salt))
        })?;
        if !ITERATIONS_READ.contains(&iterations) {
            return Err(JsonError::new("iterations out of range"));
        }
        let iv = m.required("cipher", |v| {
            let mut c = v.members()?;
            c.required("name", |v| expect(v, "AES-GCM"))?;
            c.required("length", |v| match v.uint()? {
                256 => Ok(()),
                _ => Err(JsonError::new("not 256")),
            })?;
            let iv = c.required("iv", |v| base64url(v, 12))?;
            c.strict()?;
            Ok(iv)
        })?;
        // The sealed draft: at least AES-GCM's 16-byte tag.
        let data = m.required("data", |v| base64url(v, 0))?;
        if data.len() < 22 {
            return Err(JsonError::new("too short"));
        }
        m.strict()?;
        Ok(SavedFile {
            notice_id,
            register_name,
            kind,
            iterations,
            salt,
            iv,
            data,
        })
    }
}

fn expect(v: &Json, wanted: &str) -> Result<(), JsonError> {
    (v.str()? == wanted)
        .then_some(())
        .ok_or_else(|| JsonError::new(format!("not {wanted}")))
}

/// base64url without padding, of `bytes` bytes (any length when 0).
fn base64url(v: &Json, bytes: usize) -> Result<String, JsonError> {
    let text = v.string()?;
    let alphabet = text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let length = bytes == 0 || text.len() == (bytes * 8).div_ceil(6);
    (alphabet && length && !text.is_empty())
        .then_some(text)
        .ok_or_else(|| JsonError::new("not base64url of the right length"))
}

#[cfg(test)]
mod tests;
