//! Strings of the interface itself (headings, buttons, links), in three languages.

use super::{Lang, Text};

/// In English: “Skip to content”
pub const SKIP_TO_CONTENT: Text = Text::new(
    "Siirry sisältöön",
    "Hoppa till innehållet",
    "Skip to content",
);
/// In English: “Language”
pub const LANGUAGE: Text = Text::new("Kieli", "Språk", "Language");
/// In English: “Updated”
pub const UPDATED: Text = Text::new("Päivitetty", "Uppdaterad", "Updated");
/// In English: “What changed”
pub const WHAT_CHANGED: Text = Text::new("Muutokset", "Ändringar", "What changed");
/// In English: “Contents”
pub const CONTENTS: Text = Text::new("Sisältö", "Innehåll", "Contents");
/// In English: “Controller”
pub const CONTROLLER: Text = Text::new("Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller");
/// In English: “Your rights”
pub const YOUR_RIGHTS: Text = Text::new("Oikeutesi", "Dina rättigheter", "Your rights");
/// In English: “You can make a request about this register online. The form checks your answers before …”
pub const YOUR_RIGHTS_INTRO: Text = Text::new(
    "Voit tehdä tätä rekisteriä koskevan pyynnön verkossa. Lomake tarkistaa vastauksesi ennen lähettämistä.",
    "Du kan göra en begäran som gäller detta register på nätet. Formuläret kontrollerar dina svar innan de skickas.",
    "You can make a request about this register online. The form checks your answers before anything is sent.",
);
/// In English: “Requests about this register are handled by:”
pub const HANDLED_BY: Text = Text::new(
    "Tämän rekisterin pyynnöt käsittelee:",
    "Begäranden som gäller detta register behandlas av:",
    "Requests about this register are handled by:",
);
/// In English: “Loading…”
pub const LOADING: Text = Text::new("Ladataan…", "Laddar…", "Loading…");
/// In English: “The privacy notice could not be loaded. Check your connection and reload the page.”
pub const NOTICE_LOAD_FAILED: Text = Text::new(
    "Tietosuojaselostetta ei voitu ladata. Tarkista verkkoyhteys ja lataa sivu uudelleen.",
    "Dataskyddsbeskrivningen kunde inte laddas. Kontrollera nätverksanslutningen och ladda om sidan.",
    "The privacy notice could not be loaded. Check your connection and reload the page.",
);
/// In English: “The privacy notice file is invalid and cannot be shown. Please tell the site's …”
pub const NOTICE_INVALID: Text = Text::new(
    "Tietosuojaselosteen tiedosto on virheellinen, eikä sitä voida näyttää. Ilmoita asiasta sivuston ylläpitäjälle.",
    "Dataskyddsbeskrivningens fil är felaktig och kan inte visas. Meddela webbplatsens administratör.",
    "The privacy notice file is invalid and cannot be shown. Please tell the site's administrator.",
);
/// In English: “Back to the notice”
pub const BACK_TO_NOTICE: Text = Text::new(
    "Takaisin selosteeseen",
    "Tillbaka till beskrivningen",
    "Back to the notice",
);
/// In English: “Continue”
pub const CONTINUE: Text = Text::new("Jatka", "Fortsätt", "Continue");
/// In English: “(optional)”
pub const OPTIONAL: Text = Text::new("(valinnainen)", "(valfritt)", "(optional)");
/// In English: “There is a problem”
pub const ERROR_SUMMARY_TITLE: Text = Text::new(
    "Korjaa seuraavat kohdat",
    "Rätta följande",
    "There is a problem",
);
/// In English: “Error:”
pub const ERROR_PREFIX: Text = Text::new("Virhe:", "Fel:", "Error:");
/// In English: “Check your answers before sending”
pub const CHECK_ANSWERS_TITLE: Text = Text::new(
    "Tarkista vastauksesi",
    "Kontrollera dina svar",
    "Check your answers before sending",
);
/// In English: “Change”
pub const CHANGE: Text = Text::new("Muuta", "Ändra", "Change");
/// In English: “Register”
pub const REGISTER: Text = Text::new("Rekisteri", "Register", "Register");
/// In English: “All fields are required unless marked optional.”
pub const FORM_INTRO: Text = Text::new(
    "Kaikki kentät ovat pakollisia, ellei toisin mainita.",
    "Alla fält är obligatoriska om inget annat anges.",
    "All fields are required unless marked optional.",
);
/// In English: “seloste – demo”
pub const DEMO_TITLE: Text = Text::new("seloste – esittely", "seloste – demo", "seloste – demo");
/// In English: “Privacy notices”
pub const NOTICES: Text = Text::new(
    "Tietosuojaselosteet",
    "Dataskyddsbeskrivningar",
    "Privacy notices",
);
/// In English: “Sample privacy notices and their request forms.”
pub const NOTICES_INTRO: Text = Text::new(
    "Esimerkkiselosteet ja niiden pyyntölomakkeet.",
    "Exempel på dataskyddsbeskrivningar och deras formulär.",
    "Sample privacy notices and their request forms.",
);
/// In English: “All notices”
pub const ALL_NOTICES: Text = Text::new("Kaikki selosteet", "Alla beskrivningar", "All notices");
/// In English: “Import a notice”
pub const IMPORT_TITLE: Text = Text::new(
    "Selosteen tuonti",
    "Importera en beskrivning",
    "Import a notice",
);
/// In English: “Paste an old privacy notice as text or HTML. You get a structured notice, a list of …”
pub const IMPORT_INTRO: Text = Text::new(
    "Liitä vanha tietosuoja- tai rekisteriseloste tekstinä tai HTML:nä. Saat rakenteisen selosteen, luettelon puutteista ja JSON-tiedoston.",
    "Klistra in en gammal dataskydds- eller registerbeskrivning som text eller HTML. Du får en strukturerad beskrivning, en lista över brister och en JSON-fil.",
    "Paste an old privacy notice as text or HTML. You get a structured notice, a list of what is missing and a JSON file.",
);
/// In English: “Or import from a file: Word (.docx), PDF, text or web page (.html)”
pub const IMPORT_FILE: Text = Text::new(
    "Tai tuo tiedostosta: Word (.docx), PDF, teksti tai verkkosivu (.html)",
    "Eller importera från en fil: Word (.docx), PDF, text eller webbsida (.html)",
    "Or import from a file: Word (.docx), PDF, text or web page (.html)",
);
/// In English: “You can also drag the file here.”
pub const IMPORT_FILE_HINT: Text = Text::new(
    "Voit myös vetää tiedoston tähän.",
    "Du kan också dra filen hit.",
    "You can also drag the file here.",
);
/// In English: “The notice as text or HTML”
pub const IMPORT_SOURCE: Text = Text::new(
    "Seloste tekstinä tai HTML:nä",
    "Beskrivningen som text eller HTML",
    "The notice as text or HTML",
);
/// In English: “Import”
pub const IMPORT_BUTTON: Text = Text::new("Tuo seloste", "Importera", "Import");
/// In English: “Paste the text of the notice first.”
pub const IMPORT_EMPTY: Text = Text::new(
    "Liitä ensin selosteen teksti.",
    "Klistra först in beskrivningens text.",
    "Paste the text of the notice first.",
);
/// In English: “Sections found”
pub const IMPORT_SECTIONS_FOUND: Text =
    Text::new("Löydetyt osiot", "Hittade avsnitt", "Sections found");
/// In English: “What is missing”
pub const IMPORT_FINDINGS: Text = Text::new("Puutteet", "Brister", "What is missing");
/// In English: “The notice gives everything this check looks for (GDPR Article 13 and Article …”
pub const IMPORT_NO_FINDINGS: Text = Text::new(
    "Selosteesta löytyi kaikki, mitä tämä tarkistus etsii (tietosuoja-asetuksen 13 artikla ja 14 artiklan 2 kohdan f alakohta). Tarkistus ei kata kaikkia vaatimuksia: se ei esimerkiksi tarkista oikeutettuja etuja (13 artiklan 1 kohdan d alakohta) eikä sitä, onko tietojen antaminen lakisääteistä (13 artiklan 2 kohdan e alakohta).",
    "Beskrivningen tar upp allt som den här kontrollen söker efter (artikel 13 och artikel 14.2 f i dataskyddsförordningen). Kontrollen täcker inte alla krav: den kontrollerar till exempel inte berättigade intressen (artikel 13.1 d) eller om uppgifterna måste lämnas enligt lag (artikel 13.2 e).",
    "The notice gives everything this check looks for (GDPR Article 13 and Article 14(2)(f)). The check does not cover every requirement: it does not check, for example, legitimate interests (Article 13(1)(d)) or whether providing the data is a statutory requirement (Article 13(2)(e)).",
);
/// In English: “Points checked:”
pub const IMPORT_POINTS_CHECKED: Text = Text::new(
    "Tarkistetut kohdat:",
    "Kontrollerade punkter:",
    "Points checked:",
);
/// In English: “Repealed acts”
pub const IMPORT_REPEALED_LAWS: Text = Text::new("Kumotut lait", "Upphävda lagar", "Repealed acts");
/// In English: “Preview”
pub const IMPORT_PREVIEW: Text = Text::new("Esikatselu", "Förhandsvisning", "Preview");
/// In English: “JSON file”
pub const IMPORT_JSON: Text = Text::new("JSON-tiedosto", "JSON-fil", "JSON file");
/// In English: “Download JSON”
pub const DOWNLOAD_JSON: Text = Text::new("Lataa JSON", "Ladda ner JSON", "Download JSON");
/// In English: “Topic”
pub const SECTION_KIND: Text = Text::new("Aihe", "Ämne", "Topic");
/// In English: “The notice's details”
pub const NOTICE_DETAILS: Text = Text::new(
    "Selosteen tiedot",
    "Beskrivningens uppgifter",
    "The notice's details",
);
/// In English: “Title of the notice”
pub const NOTICE_TITLE_LABEL: Text = Text::new(
    "Selosteen otsikko",
    "Beskrivningens rubrik",
    "Title of the notice",
);
/// In English: “Name of the register”
pub const REGISTER_NAME: Text =
    Text::new("Rekisterin nimi", "Registrets namn", "Name of the register");
/// In English: “Postal address”
pub const POSTAL_ADDRESS: Text = Text::new("Postiosoite", "Postadress", "Postal address");
/// In English: “Phone number”
pub const PHONE: Text = Text::new("Puhelinnumero", "Telefonnummer", "Phone number");
/// In English: “Email address”
pub const EMAIL: Text = Text::new("Sähköpostiosoite", "E-postadress", "Email address");
/// In English: “Business ID”
pub const BUSINESS_ID: Text = Text::new("Y-tunnus", "FO-nummer", "Business ID");
/// In English: “Requests”
pub const REQUESTS_SETTINGS: Text = Text::new("Pyynnöt", "Begäranden", "Requests");
/// In English: “Requests the register takes”
pub const REQUESTS_TAKEN: Text = Text::new(
    "Pyynnöt, jotka rekisteri ottaa vastaan",
    "Begäranden som registret tar emot",
    "Requests the register takes",
);
/// In English: “How requests are delivered”
pub const DELIVERY: Text = Text::new(
    "Miten pyynnöt toimitetaan",
    "Hur begäranden levereras",
    "How requests are delivered",
);
/// In English: “Way of delivery”
pub const ADAPTER: Text = Text::new("Toimitustapa", "Leveranssätt", "Way of delivery");
/// In English: “By what is given below”
pub const ADAPTER_AUTO: Text = Text::new(
    "Alla annettujen tietojen mukaan",
    "Enligt uppgifterna nedan",
    "By what is given below",
);
/// In English: “To a backend, as JSON”
pub const ADAPTER_JSON: Text = Text::new(
    "Taustajärjestelmään JSON-muodossa",
    "Till ett bakomliggande system som JSON",
    "To a backend, as JSON",
);
/// In English: “To a form handler, as form data”
pub const ADAPTER_FORM: Text = Text::new(
    "Lomakkeenkäsittelijään lomaketietoina",
    "Till en formulärhanterare som formulärdata",
    "To a form handler, as form data",
);
/// In English: “To a backend, with the PDF (multipart)”
pub const ADAPTER_MULTIPART: Text = Text::new(
    "Taustajärjestelmään PDF-tiedoston kanssa (multipart)",
    "Till ett bakomliggande system med PDF-filen (multipart)",
    "To a backend, with the PDF (multipart)",
);
/// In English: “By email, sent by the citizen”
pub const ADAPTER_MAILTO: Text = Text::new(
    "Sähköpostilla, jonka kansalainen lähettää",
    "Per e-post som medborgaren skickar",
    "By email, sent by the citizen",
);
/// In English: “As a PDF to print”
pub const ADAPTER_PDF: Text = Text::new(
    "Tulostettavana PDF-tiedostona",
    "Som en PDF-fil att skriva ut",
    "As a PDF to print",
);
/// In English: “Receiving address (https://)”
pub const ENDPOINT: Text = Text::new(
    "Vastaanotto-osoite (https://)",
    "Mottagaradress (https://)",
    "Receiving address (https://)",
);
/// In English: “The registry office's email address”
pub const OFFICE_EMAIL: Text = Text::new(
    "Kirjaamon sähköpostiosoite",
    "Registratorskontorets e-postadress",
    "The registry office's email address",
);
/// In English: “An unfinished notice is kept in this browser”
pub const KEPT_NOTICE: Text = Text::new(
    "Tähän selaimeen on säilytetty keskeneräinen seloste",
    "En påbörjad beskrivning har sparats i den här webbläsaren",
    "An unfinished notice is kept in this browser",
);
/// In English: “Continue editing it”
pub const CONTINUE_KEPT: Text = Text::new(
    "Jatka sen muokkaamista",
    "Fortsätt redigera den",
    "Continue editing it",
);
/// In English: “Remove it from this browser”
pub const REMOVE_KEPT: Text = Text::new(
    "Poista se tästä selaimesta",
    "Ta bort den från den här webbläsaren",
    "Remove it from this browser",
);
/// In English: “Keep the unfinished notice in this browser”
pub const KEEP_IN_BROWSER: Text = Text::new(
    "Säilytä keskeneräinen seloste tässä selaimessa",
    "Spara den påbörjade beskrivningen i den här webbläsaren",
    "Keep the unfinished notice in this browser",
);
/// In English: “Open a notice (JSON file)”
pub const OPEN_NOTICE: Text = Text::new(
    "Avaa seloste (JSON-tiedosto)",
    "Öppna en beskrivning (JSON-fil)",
    "Open a notice (JSON file)",
);
/// In English: “Start from a blank notice”
pub const START_BLANK: Text = Text::new(
    "Aloita tyhjästä selosteesta",
    "Börja från en tom beskrivning",
    "Start from a blank notice",
);
/// In English: “The file is not a notice.”
pub const NOT_A_NOTICE: Text = Text::new(
    "Tiedosto ei ole seloste.",
    "Filen är inte en beskrivning.",
    "The file is not a notice.",
);
/// In English: “Versions”
pub const VERSIONS: Text = Text::new("Versiot", "Versioner", "Versions");
/// In English: “Compare with an earlier version (JSON file)”
pub const COMPARE_VERSION: Text = Text::new(
    "Vertaa aiempaan versioon (JSON-tiedosto)",
    "Jämför med en tidigare version (JSON-fil)",
    "Compare with an earlier version (JSON file)",
);
/// In English: “Changes from the earlier version”
pub const CHANGES: Text = Text::new(
    "Muutokset aiempaan versioon",
    "Ändringar jämfört med den tidigare versionen",
    "Changes from the earlier version",
);
/// In English: “No changes.”
pub const NO_CHANGES: Text = Text::new("Ei muutoksia.", "Inga ändringar.", "No changes.");
/// In English: “Section added”
pub const SECTION_ADDED: Text = Text::new("Lisätty osio", "Tillagt avsnitt", "Section added");
/// In English: “Section removed”
pub const SECTION_REMOVED: Text =
    Text::new("Poistettu osio", "Borttaget avsnitt", "Section removed");
/// In English: “moved”
pub const SECTION_MOVED: Text = Text::new("siirretty", "flyttat", "moved");
/// In English: “topic changed”
pub const KINDS_CHANGED: Text = Text::new("aihe muuttunut", "ämnet har ändrats", "topic changed");
/// In English: “added”
pub const WORDS_ADDED: Text = Text::new("lisätty", "tillagt", "added");
/// In English: “removed”
pub const WORDS_REMOVED: Text = Text::new("poistettu", "borttaget", "removed");
/// In English: “Text”
pub const SECTION_TEXT: Text = Text::new("Teksti", "Text", "Text");
/// In English: “Formatting”
pub const FORMATTING: Text = Text::new("Muotoilu", "Formatering", "Formatting");
/// In English: “Bold”
pub const BOLD: Text = Text::new("Lihavointi", "Fetstil", "Bold");
/// In English: “Italics”
pub const ITALIC: Text = Text::new("Kursiivi", "Kursiv", "Italics");
/// In English: “Bulleted list”
pub const BULLETED_LIST: Text = Text::new("Luettelo", "Punktlista", "Bulleted list");
/// In English: “Numbered list”
pub const NUMBERED_LIST: Text = Text::new("Numeroitu luettelo", "Numrerad lista", "Numbered list");
/// In English: “Link”
pub const LINK: Text = Text::new("Linkki", "Länk", "Link");
/// In English: “The link's address (https://, mailto: or tel:)”
pub const LINK_ADDRESS: Text = Text::new(
    "Linkin osoite (https://, mailto: tai tel:)",
    "Länkens adress (https://, mailto: eller tel:)",
    "The link's address (https://, mailto: or tel:)",
);
/// In English: “Move up”
pub const MOVE_UP: Text = Text::new("Siirrä ylemmäs", "Flytta uppåt", "Move up");
/// In English: “Move down”
pub const MOVE_DOWN: Text = Text::new("Siirrä alemmas", "Flytta nedåt", "Move down");
/// In English: “Delete section”
pub const DELETE_SECTION: Text = Text::new("Poista osio", "Ta bort avsnittet", "Delete section");
/// In English: “Go to the draft”
pub const GO_TO_DRAFT: Text =
    Text::new("Siirry luonnokseen", "Gå till utkastet", "Go to the draft");
/// In English: “Add the section”
pub const ADD_SECTION: Text = Text::new("Lisää osio", "Lägg till avsnittet", "Add the section");
/// In English: “Heading”
pub const SECTION_HEADING: Text = Text::new("Otsikko", "Rubrik", "Heading");

// Request forms: steps, check answers, confirmation.
/// In English: “Back”
pub const BACK: Text = Text::new("Takaisin", "Tillbaka", "Back");
/// In English: “Step”
pub const STEP: Text = Text::new("Vaihe", "Steg", "Step");
/// In English: “of”
pub const OF: Text = Text::new("/", "av", "of");
/// In English: “Chosen file:”
pub const FILE_CHOSEN: Text = Text::new("Valittu tiedosto:", "Vald fil:", "Chosen file:");
/// Said instead of [`DRAFT_RESTORED`] when the restored answers had a file chosen.
pub const FILE_AGAIN: Text = Text::new(
    "Aiemmat vastauksesi palautettiin. Valitse liitetiedosto uudelleen: tiedostot eivät säily, kun sivu ladataan uudelleen.",
    "Dina tidigare svar återställdes. Välj bilagan på nytt: filer sparas inte när sidan laddas om.",
    "Your earlier answers were restored. Choose the attachment again: files are not kept when the page is reloaded.",
);
/// In English: “Delete my answers”
pub const DELETE_ANSWERS: Text = Text::new(
    "Poista vastaukseni",
    "Radera mina svar",
    "Delete my answers",
);
/// In English: “Your answers have been deleted from this browser.”
pub const ANSWERS_DELETED: Text = Text::new(
    "Vastauksesi on poistettu tästä selaimesta.",
    "Dina svar har raderats från den här webbläsaren.",
    "Your answers have been deleted from this browser.",
);
/// In English: “Your earlier answers were restored. They are kept in this tab only.”
pub const DRAFT_RESTORED: Text = Text::new(
    "Aiemmat vastauksesi palautettiin. Ne säilyvät vain tässä välilehdessä.",
    "Dina tidigare svar återställdes. De sparas bara i den här fliken.",
    "Your earlier answers were restored. They are kept in this tab only.",
);
/// In English: “Requests about this register are handled by another controller. Your request goes to:”
pub const HANDLED_BY_FORM: Text = Text::new(
    "Tämän rekisterin pyynnöt käsittelee toinen rekisterinpitäjä. Pyyntösi menee:",
    "Begäranden om detta register behandlas av en annan personuppgiftsansvarig. Din begäran går till:",
    "Requests about this register are handled by another controller. Your request goes to:",
);
/// In English: “Not given”
pub const NOT_GIVEN: Text = Text::new("Ei annettu", "Inte angivet", "Not given");
/// In English: “Make the request”
pub const SEND_REQUEST: Text = Text::new("Tee pyyntö", "Gör begäran", "Make the request");
/// In English: “By making the request you confirm that the details you gave are correct.”
pub const DECLARATION: Text = Text::new(
    "Tekemällä pyynnön vakuutat, että antamasi tiedot ovat oikein.",
    "Genom att göra begäran intygar du att uppgifterna är riktiga.",
    "By making the request you confirm that the details you gave are correct.",
);
/// In English: “Your request is ready”
pub const DONE_TITLE: Text = Text::new(
    "Pyyntösi on valmis",
    "Din begäran är klar",
    "Your request is ready",
);
/// Said on a notice shown in a language other than the interface's (empty in its own).
pub fn only_in(notice: Lang) -> Text {
    match notice {
        Lang::Fi => Text::new(
            "",
            "Den här beskrivningen finns bara på finska.",
            "This notice is available only in Finnish.",
        ),
        Lang::Sv => Text::new(
            "Tämä seloste on saatavilla vain ruotsiksi.",
            "",
            "This notice is available only in Swedish.",
        ),
        Lang::En => Text::new(
            "Tämä seloste on saatavilla vain englanniksi.",
            "Den här beskrivningen finns bara på engelska.",
            "",
        ),
    }
}
/// In English: “Your reference”
pub const REFERENCE: Text = Text::new("Pyynnön tunnus", "Begärans referens", "Your reference");
/// In English: “When you will get an answer”
pub const DEADLINE_TITLE: Text = Text::new(
    "Milloin saat vastauksen",
    "När du får svar",
    "When you will get an answer",
);
/// In English: “The controller must answer without undue delay and at the latest within one month of …”
pub const DEADLINE: Text = Text::new(
    "Rekisterinpitäjän on vastattava ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Jos pyyntö saapuu tänään, vastaus on annettava viimeistään",
    "Den personuppgiftsansvarige ska svara utan onödigt dröjsmål och senast en månad efter att ha mottagit begäran. Om begäran kommer in i dag ska svaret ges senast",
    "The controller must answer without undue delay and at the latest within one month of receiving the request. If it arrives today, the answer is due by",
);
/// Why a deadline may be later than a month: Regulation 1182/71, Art. 3(4), and Act
/// 150/1930, section 5 (`crate::deadline`).
pub const DEADLINE_WORKING_DAY: Text = Text::new(
    "Jos määräajan viimeinen päivä on lauantai, sunnuntai, pyhäpäivä tai juhannus- tai jouluaatto, määräaika päättyy seuraavana arkipäivänä.",
    "Om tidens sista dag är en lördag, söndag, helgdag, midsommarafton eller julafton går tiden ut följande vardag.",
    "If the last day is a Saturday, Sunday, public holiday, Midsummer Eve or Christmas Eve, the time ends on the next working day.",
);
/// In English: “If the request is complex or there are many, the time can be extended by two months, …”
pub const DEADLINE_EXTENSION: Text = Text::new(
    "Jos pyyntö on monimutkainen tai pyyntöjä on paljon, aikaa voidaan jatkaa kahdella kuukaudella, enintään päivään",
    "Om begäran är komplicerad eller begärandena många kan tiden förlängas med två månader, högst till",
    "If the request is complex or there are many, the time can be extended by two months, at most until",
);
/// In English: “You must be told of an extension, and why, within one month.”
pub const DEADLINE_EXTENSION_NOTICE: Text = Text::new(
    "Jatkosta ja sen syistä on kerrottava sinulle kuukauden kuluessa.",
    "Du ska få veta om förlängningen och skälen till den inom en månad.",
    "You must be told of an extension, and why, within one month.",
);
/// In English: “Add the deadlines to your calendar”
pub const ADD_TO_CALENDAR: Text = Text::new(
    "Lisää määräajat kalenteriin",
    "Lägg till tidsfristerna i kalendern",
    "Add the deadlines to your calendar",
);
/// In English: “The calendar file (.ics) holds the reference, the register and the deadlines, not your …”
pub const CALENDAR_HINT: Text = Text::new(
    "Kalenteritiedostossa (.ics) on pyynnön tunnus, rekisteri ja määräajat, ei nimeäsi, henkilötunnustasi eikä vastauksiasi.",
    "Kalenderfilen (.ics) innehåller begärans referens, registret och tidsfristerna, inte ditt namn, din personbeteckning eller dina svar.",
    "The calendar file (.ics) holds the reference, the register and the deadlines, not your name, identity code or answers.",
);
/// In English: “The request is addressed to:”
pub const GOES_TO: Text = Text::new(
    "Pyyntö osoitetaan:",
    "Begäran riktas till:",
    "The request is addressed to:",
);
/// In English: “Save the request (JSON)”
pub const SAVE_REQUEST: Text = Text::new(
    "Tallenna pyyntö (JSON)",
    "Spara begäran (JSON)",
    "Save the request (JSON)",
);
/// In English: “The form could not be loaded. Check your connection and reload the page. If it keeps …”
pub const FORM_LOAD_FAILED: Text = Text::new(
    "Lomaketta ei voitu ladata. Tarkista verkkoyhteys ja lataa sivu uudelleen. Jos vika jatkuu, ilmoita sivuston ylläpitäjälle.",
    "Formuläret kunde inte laddas. Kontrollera nätverksanslutningen och ladda om sidan. Meddela webbplatsens administratör om felet kvarstår.",
    "The form could not be loaded. Check your connection and reload the page. If it keeps failing, please tell the site's administrator.",
);

// Signing and the PDF.
/// In English: “Signature box, empty”
pub const DRAWING_EMPTY: Text = Text::new(
    "Allekirjoitusruutu, tyhjä",
    "Underskriftsruta, tom",
    "Signature box, empty",
);
/// In English: “Signature box, signature drawn”
pub const DRAWING_DONE: Text = Text::new(
    "Allekirjoitusruutu, allekirjoitus piirretty",
    "Underskriftsruta, underskriften ritad",
    "Signature box, signature drawn",
);
/// In English: “Clear the signature”
pub const CLEAR_DRAWING: Text = Text::new(
    "Tyhjennä allekirjoitus",
    "Töm underskriften",
    "Clear the signature",
);
/// In English: “Download the request as a PDF file”
pub const MAKE_PDF: Text = Text::new(
    "Lataa pyyntö PDF-tiedostona",
    "Ladda ner begäran som PDF-fil",
    "Download the request as a PDF file",
);
/// In English: “Making the PDF file…”
pub const MAKING_PDF: Text = Text::new(
    "PDF-tiedostoa tehdään…",
    "PDF-filen skapas…",
    "Making the PDF file…",
);
/// In English: “The PDF file was downloaded:”
pub const PDF_MADE: Text = Text::new(
    "PDF-tiedosto on ladattu:",
    "PDF-filen har laddats ner:",
    "The PDF file was downloaded:",
);
/// In English: “The PDF file could not be made. Your request is kept: try again or save the request as …”
pub const PDF_FAILED: Text = Text::new(
    "PDF-tiedostoa ei voitu tehdä. Pyyntösi on tallessa: yritä uudelleen tai tallenna pyyntö JSON-tiedostona.",
    "PDF-filen kunde inte skapas. Din begäran finns kvar: försök igen eller spara begäran som JSON-fil.",
    "The PDF file could not be made. Your request is kept: try again or save the request as a JSON file.",
);
/// In English: “Print or send the request”
pub const PDF_TITLE: Text = Text::new(
    "Tulosta tai lähetä pyyntö",
    "Skriv ut eller skicka begäran",
    "Print or send the request",
);
/// In English: “The PDF file has all your answers and the request's seal. The seal's digest shows …”
pub const PDF_HELP: Text = Text::new(
    "PDF-tiedostossa ovat kaikki vastauksesi ja pyynnön sinetti. Sinetin tiivisteestä näkee, onko kopio sama pyyntö kuin rekisterinpitäjän vastaanottama. Voit tulostaa tiedoston tai liittää sen sähköpostiin.",
    "PDF-filen innehåller alla dina svar och begärans försegling. Av förseglingens kontrollsumma ser man om en kopia är samma begäran som den som den personuppgiftsansvarige tog emot. Du kan skriva ut filen eller bifoga den i e-post.",
    "The PDF file has all your answers and the request's seal. The seal's digest shows whether a copy is the same request as the one the controller received. You can print the file or attach it to an email.",
);
/// In English: “Print the PDF file, sign it with a pen and deliver it to the address given in the …”
pub const PDF_SIGN_ON_PAPER: Text = Text::new(
    "Tulosta PDF-tiedosto, allekirjoita se kynällä ja toimita se osoitteeseen, joka on kerrottu tietosuojaselosteessa.",
    "Skriv ut PDF-filen, skriv under den med penna och lämna den till adressen i dataskyddsbeskrivningen.",
    "Print the PDF file, sign it with a pen and deliver it to the address given in the privacy notice.",
);

// Delivery to a backend, the outbox and the receipt.
/// In English: “Sending the request…”
pub const SENDING: Text = Text::new(
    "Pyyntöä lähetetään…",
    "Begäran skickas…",
    "Sending the request…",
);
/// In English: “Your request has been sent”
pub const DELIVERED_TITLE: Text = Text::new(
    "Pyyntösi on lähetetty",
    "Din begäran har skickats",
    "Your request has been sent",
);
/// In English: “Received:”
pub const RECEIVED_AT: Text = Text::new("Vastaanotettu:", "Mottagen:", "Received:");
/// In English: “The receiver's case number:”
pub const BACKEND_REFERENCE: Text = Text::new(
    "Vastaanottajan asianumero:",
    "Mottagarens ärendenummer:",
    "The receiver's case number:",
);
/// In English: “Your request has not been sent yet”
pub const QUEUED_TITLE: Text = Text::new(
    "Pyyntöäsi ei ole vielä lähetetty",
    "Din begäran har inte skickats ännu",
    "Your request has not been sent yet",
);
/// In English: “The receiving service could not be reached. Your request is kept in this browser on …”
pub const QUEUED_HELP: Text = Text::new(
    "Yhteyttä vastaanottavaan palveluun ei nyt saatu. Pyyntösi on tallessa tämän laitteen selaimessa, ja se lähetetään automaattisesti, kun yhteys palaa tai kun avaat lomakkeen uudelleen. Voit myös ladata sen PDF-tiedostona.",
    "Det gick inte att nå den mottagande tjänsten. Din begäran sparas i webbläsaren på den här enheten och skickas automatiskt när anslutningen fungerar igen eller när du öppnar formuläret på nytt. Du kan också ladda ner den som PDF-fil.",
    "The receiving service could not be reached. Your request is kept in this browser on this device and will be sent automatically when the connection returns or when you open the form again. You can also download it as a PDF file.",
);
/// The registry office's signed receipt (README, "Encrypted requests and signed receipts").
pub const OFFICE_RECEIPT_VERIFIED: Text = Text::new(
    "Kirjaamon kuitti on tarkistettu: se on allekirjoitettu avaimella, jonka seloste ilmoittaa kirjaamon avaimeksi, ja se koskee tätä pyyntöä. Määräaika lasketaan kuitin vastaanottoajasta.",
    "Registratorskontorets kvitto har kontrollerats: det är signerat med den nyckel som beskrivningen anger som registratorskontorets, och det gäller den här begäran. Tidsfristen räknas från mottagningstiden i kvittot.",
    "The registry office's receipt is verified: it is signed with the key the notice gives as the office's, and it is for this request. The time limit counts from the time received on the receipt.",
);
/// In English: “The registry office's receipt could not be verified:”
pub const OFFICE_RECEIPT_NOT_VERIFIED: Text = Text::new(
    "Kirjaamon kuittia ei voitu tarkistaa:",
    "Registratorskontorets kvitto kunde inte kontrolleras:",
    "The registry office's receipt could not be verified:",
);
/// In English: “Save the registry office's receipt”
pub const SAVE_OFFICE_RECEIPT: Text = Text::new(
    "Tallenna kirjaamon kuitti",
    "Spara registratorskontorets kvitto",
    "Save the registry office's receipt",
);
/// In English: “Save the receipt (JSON)”
pub const SAVE_RECEIPT: Text = Text::new(
    "Tallenna kuitti (JSON)",
    "Spara kvittot (JSON)",
    "Save the receipt (JSON)",
);
/// In English: “Send by email”
pub const SEND_BY_EMAIL: Text =
    Text::new("Lähetä sähköpostilla", "Skicka med e-post", "Send by email");
/// In English: “First download the request as a PDF file. Your email program opens with a message …”
pub const MAIL_HELP: Text = Text::new(
    "Lataa ensin pyyntö PDF-tiedostona. Sähköpostiohjelmasi avautuu valmiilla viestillä: liitä PDF-tiedosto viestiin ennen lähettämistä.",
    "Ladda först ner begäran som PDF-fil. Ditt e-postprogram öppnas med ett färdigt meddelande: bifoga PDF-filen innan du skickar.",
    "First download the request as a PDF file. Your email program opens with a message ready: attach the PDF file before sending.",
);
/// Said before the mail button: what an ordinary e-mail exposes (issue 18).
pub const MAIL_NOT_ENCRYPTED: Text = Text::new(
    "Tavallinen sähköposti ei ole salattu, ja PDF-tiedostossa ovat henkilötunnuksesi ja kaikki vastauksesi. Jos voit, lähetä pyyntö organisaation suojatulla yhteydellä tai toimita se paperilla.",
    "Vanlig e-post är inte krypterad, och PDF-filen innehåller din personbeteckning och alla dina svar. Skicka om möjligt begäran via organisationens skyddade kanal eller lämna in den på papper.",
    "Ordinary email is not encrypted, and the PDF file holds your personal identity code and all your answers. If you can, send the request through the organisation's secure channel or deliver it on paper.",
);
/// Before the link to the secure channel the notice names (`requests.secure_channel`).
pub const SECURE_CHANNEL: Text = Text::new(
    "Organisaation suojattu yhteys:",
    "Organisationens skyddade kanal:",
    "The organisation's secure channel:",
);
/// In English: “Receipt of your request was not confirmed”
pub const UNCONFIRMED_TITLE: Text = Text::new(
    "Pyyntösi vastaanottoa ei vahvistettu",
    "Mottagandet av din begäran bekräftades inte",
    "Receipt of your request was not confirmed",
);
/// In English: “The receiving service did not confirm that it received your request. Your request is …”
pub const UNCONFIRMED_HELP: Text = Text::new(
    "Vastaanottava palvelu ei vahvistanut saaneensa pyyntöäsi. Pyyntösi on tallessa tämän laitteen selaimessa, ja se lähetetään uudelleen, kun avaat lomakkeen seuraavan kerran. Voit myös ladata sen PDF-tiedostona ja toimittaa sen muuten.",
    "Den mottagande tjänsten bekräftade inte att den tog emot din begäran. Din begäran sparas i webbläsaren på den här enheten och skickas på nytt nästa gång du öppnar formuläret. Du kan också ladda ner den som PDF-fil och lämna in den på annat sätt.",
    "The receiving service did not confirm that it received your request. Your request is kept in this browser on this device and will be sent again the next time you open the form. You can also download it as a PDF file and deliver it another way.",
);
/// In English: “The receiving service did not confirm that it received this request. It will be sent …”
pub const OUTBOX_NOT_CONFIRMED: Text = Text::new(
    "Vastaanottava palvelu ei vahvistanut saaneensa tätä pyyntöä. Se lähetetään uudelleen, kun avaat lomakkeen seuraavan kerran.",
    "Den mottagande tjänsten bekräftade inte att den tog emot den här begäran. Den skickas på nytt nästa gång du öppnar formuläret.",
    "The receiving service did not confirm that it received this request. It will be sent again the next time you open the form.",
);
/// In English: “The receiving service refused this request, so it is not sent again automatically. You …”
pub const OUTBOX_REFUSED: Text = Text::new(
    "Vastaanottava palvelu hylkäsi tämän pyynnön, joten sitä ei lähetetä uudelleen automaattisesti. Voit lähettää sen uudelleen tai poistaa sen.",
    "Den mottagande tjänsten avvisade den här begäran, så den skickas inte på nytt automatiskt. Du kan skicka den igen eller ta bort den.",
    "The receiving service refused this request, so it is not sent again automatically. You can send it again or delete it.",
);
/// In English: “Requests waiting to be sent”
pub const OUTBOX_TITLE: Text = Text::new(
    "Lähettämistä odottavat pyynnöt",
    "Begäranden som väntar på att skickas",
    "Requests waiting to be sent",
);
/// In English: “These requests are kept in this browser on this device only, and are sent when the …”
pub const OUTBOX_HELP: Text = Text::new(
    "Nämä pyynnöt ovat tallessa vain tämän laitteen selaimessa, ja ne lähetetään, kun yhteys vastaanottajaan toimii.",
    "Dessa begäranden sparas bara i webbläsaren på den här enheten och skickas när anslutningen till mottagaren fungerar.",
    "These requests are kept in this browser on this device only, and are sent when the receiver can be reached.",
);
/// In English: “Kept on this device until”
pub const OUTBOX_KEPT_UNTIL: Text = Text::new(
    "Säilytetään tällä laitteella viimeistään",
    "Sparas på den här enheten senast till och med",
    "Kept on this device until",
);
/// In English: “Removed from this device unsent, as they could not be sent while they were kept (make …”
pub const OUTBOX_EXPIRED: Text = Text::new(
    "Poistettiin tältä laitteelta lähettämättä, koska lähettäminen ei onnistunut säilytysaikana (tee pyyntö uudelleen, jos tarvitset sitä yhä):",
    "Togs bort från enheten utan att skickas, eftersom de inte kunde skickas medan de sparades (gör begäran på nytt om du fortfarande behöver den):",
    "Removed from this device unsent, as they could not be sent while they were kept (make the request again if you still need it):",
);
/// In English: “Sent to the receiver:”
pub const OUTBOX_SENT: Text = Text::new(
    "Lähetetty vastaanottajalle:",
    "Skickad till mottagaren:",
    "Sent to the receiver:",
);
/// In English: “Send now”
pub const OUTBOX_SEND: Text = Text::new("Lähetä nyt", "Skicka nu", "Send now");
/// In English: “Delete”
pub const OUTBOX_DELETE: Text = Text::new("Poista", "Ta bort", "Delete");
/// In English: “Identified through”
pub const VERIFIED_BY: Text = Text::new(
    "Tunnistettu palvelussa",
    "Identifierad i tjänsten",
    "Identified through",
);
