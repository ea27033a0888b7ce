//! The notice studio's own strings (issue 20): translations, the preview and publishing.
//! The studio's other strings are in [`super::ui`].

use super::{Lang, Text};

/// In English: “Translations”
pub const TRANSLATIONS: Text = Text::new("Käännökset", "Översättningar", "Translations");
/// In English: “Each translation is a notice file of its own, with the notice's sections in
/// the same order: …”
pub const TRANSLATIONS_HELP: Text = Text::new(
    "Jokainen käännös on oma selostetiedostonsa, jossa osiot ovat samassa järjestyksessä kuin selosteessa. Osioiden lisäykset, poistot ja siirrot tehdään selosteeseen, ja käännökset seuraavat mukana.",
    "Varje översättning är en egen beskrivningsfil med avsnitten i samma ordning som i beskrivningen. Avsnitt läggs till, tas bort och flyttas i beskrivningen, och översättningarna följer med.",
    "Each translation is a notice file of its own, with the sections in the notice's order. Sections are added, removed and moved in the notice, and the translations follow.",
);

/// The translation into `lang`, as a heading.
pub fn translation_into(lang: Lang) -> Text {
    match lang {
        Lang::Fi => Text::new(
            "Suomenkielinen käännös",
            "Finsk översättning",
            "Finnish translation",
        ),
        Lang::Sv => Text::new(
            "Ruotsinkielinen käännös",
            "Svensk översättning",
            "Swedish translation",
        ),
        Lang::En => Text::new(
            "Englanninkielinen käännös",
            "Engelsk översättning",
            "English translation",
        ),
    }
}

/// In English: “Start the translation”
pub const START_TRANSLATION: Text = Text::new(
    "Aloita käännös",
    "Börja översättningen",
    "Start the translation",
);
/// In English: “Or open it (JSON file)”
pub const OPEN_TRANSLATION: Text = Text::new(
    "Tai avaa aiempi käännös (JSON-tiedosto)",
    "Eller öppna en tidigare översättning (JSON-fil)",
    "Or open an earlier translation (JSON file)",
);
/// In English: “The file is a translation of another notice.”
pub const OTHER_NOTICE: Text = Text::new(
    "Tiedosto on toisen selosteen käännös.",
    "Filen är en översättning av en annan beskrivning.",
    "The file is a translation of another notice.",
);
/// In English: “The file is in another language.”
pub const OTHER_LANGUAGE: Text = Text::new(
    "Tiedosto on eri kielellä.",
    "Filen är på ett annat språk.",
    "The file is in another language.",
);
/// In English: “Original”
pub const ORIGINAL: Text = Text::new("Alkuperäinen", "Original", "Original");
/// In English: “Every text is translated.”
pub const ALL_TRANSLATED: Text = Text::new(
    "Kaikki tekstit on käännetty.",
    "Alla texter är översatta.",
    "Every text is translated.",
);
/// In English: “Not translated yet”
pub const NOT_TRANSLATED: Text = Text::new(
    "Vielä kääntämättä",
    "Ännu inte översatt",
    "Not translated yet",
);
/// In English: “missing”
pub const GAP_MISSING: Text = Text::new("puuttuu", "saknas", "missing");
/// In English: “same as in the original: check it”
pub const GAP_SAME: Text = Text::new(
    "sama kuin alkuperäisessä, tarkista",
    "samma som i originalet, granska",
    "same as in the original: check it",
);
/// In English: “Section”
pub const SECTION: Text = Text::new("Osio", "Avsnitt", "Section");

/// In English: “Language of the preview”
pub const PREVIEW_LANGUAGE: Text = Text::new(
    "Esikatselun kieli",
    "Förhandsvisningens språk",
    "Language of the preview",
);
/// In English: “Merge with the next section”
pub const MERGE_WITH_NEXT: Text = Text::new(
    "Yhdistä seuraavaan osioon",
    "Slå ihop med nästa avsnitt",
    "Merge with the next section",
);
/// In English: “Split the section here”
pub const SPLIT_HERE: Text = Text::new(
    "Jaa osio tämän kappaleen kohdalta",
    "Dela avsnittet vid det här stycket",
    "Split the section at this paragraph",
);
/// In English: “Drag to move: …” (the handle's tooltip; the buttons move by keyboard)
pub const DRAG_TO_MOVE: Text = Text::new(
    "Siirrä osiota vetämällä",
    "Flytta avsnittet genom att dra",
    "Drag to move the section",
);
/// In English: “The request forms”
pub const FORM_PREVIEW: Text = Text::new(
    "Pyyntölomakkeet",
    "Begärandeformulären",
    "The request forms",
);
/// In English: “Each form as citizens see it, in the preview's language and width. …”
pub const FORM_PREVIEW_HELP: Text = Text::new(
    "Kukin lomake niin kuin kansalainen sen näkee, esikatselun kielellä ja leveydellä. Esikatselusta ei lähetetä mitään: pyynnöstä voi tehdä vain PDF-tiedoston.",
    "Varje formulär som invånaren ser det, på förhandsvisningens språk och i dess bredd. Ingenting skickas från förhandsvisningen: av en begäran kan bara en PDF-fil göras.",
    "Each form as citizens see it, in the preview's language and width. Nothing is sent from the preview: a request can only be made into a PDF file.",
);
/// In English: “The section also covers”
pub const ALSO_COVERS: Text = Text::new(
    "Osio kertoo myös",
    "Avsnittet tar också upp",
    "The section also covers",
);
/// In English: “Open a notice from an address on this site”
pub const OPEN_FROM_ADDRESS: Text = Text::new(
    "Avaa seloste tämän sivuston osoitteesta",
    "Öppna en beskrivning från en adress på den här webbplatsen",
    "Open a notice from an address on this site",
);
/// In English: “Open”
pub const OPEN: Text = Text::new("Avaa", "Öppna", "Open");
/// In English: “The address must be on this site.”
pub const NOT_ON_THIS_SITE: Text = Text::new(
    "Osoitteen pitää olla tällä sivustolla.",
    "Adressen ska vara på den här webbplatsen.",
    "The address must be on this site.",
);
/// In English: “The file could not be fetched. Check the address.”
pub const NOT_FETCHED: Text = Text::new(
    "Tiedostoa ei saatu haettua. Tarkista osoite.",
    "Filen kunde inte hämtas. Kontrollera adressen.",
    "The file could not be fetched. Check the address.",
);
/// In English: “Add a section at the end”
pub const ADD_SECTION_AT_END: Text = Text::new(
    "Lisää osio loppuun",
    "Lägg till ett avsnitt sist",
    "Add a section at the end",
);
/// In English: “Requests are handled by another controller”
pub const HANDLED_BY: Text = Text::new(
    "Pyynnöt käsittelee toinen rekisterinpitäjä",
    "Begärandena behandlas av en annan personuppgiftsansvarig",
    "Requests are handled by another controller",
);
/// In English: “Leave the name empty if the notice's controller handles them.”
pub const HANDLED_BY_HINT: Text = Text::new(
    "Jätä nimi tyhjäksi, jos pyynnöt käsittelee selosteen rekisterinpitäjä.",
    "Lämna namnet tomt om beskrivningens personuppgiftsansvarige behandlar dem.",
    "Leave the name empty if the notice's controller handles them.",
);
/// In English: “Name”
pub const NAME: Text = Text::new("Nimi", "Namn", "Name");
/// In English: “Forms file (empty: the default forms)”
pub const FORMS_FILE: Text = Text::new(
    "Lomaketiedosto (tyhjä: oletuslomakkeet)",
    "Formulärfil (tom: standardformulären)",
    "Forms file (empty: the default forms)",
);
/// In English: “How the requester is identified”
pub const IDENTIFICATION: Text = Text::new(
    "Miten pyytäjä tunnistetaan",
    "Hur den som begär identifieras",
    "How the requester is identified",
);

/// A way of identifying requesters, as the editor reads it.
pub fn identification(how: crate::notice::Identification) -> Text {
    use crate::notice::Identification::*;
    match how {
        HandwrittenSignature => Text::new(
            "Omakätinen allekirjoitus (paperilla tai tulostetussa PDF:ssä)",
            "Egenhändig underskrift (på papper eller i en utskriven PDF)",
            "A handwritten signature (on paper or a printed PDF)",
        ),
        StrongElectronic => Text::new(
            "Vahva sähköinen tunnistaminen (esimerkiksi Suomi.fi) sivulla, jolla lomake on",
            "Stark autentisering (till exempel Suomi.fi) på sidan med formuläret",
            "Strong electronic identification (for example Suomi.fi) on the form's page",
        ),
        AtDelivery => Text::new(
            "Henkilöllisyys tarkistetaan, kun vastaus luovutetaan",
            "Identiteten kontrolleras när svaret lämnas ut",
            "Identity checked when the answer is handed over",
        ),
    }
}

/// In English: “Width”
pub const WIDTH: Text = Text::new("Leveys", "Bredd", "Width");
/// The preview's widths: pixels, and the device they stand for.
pub const WIDTHS: [(u32, Text); 3] = [
    (360, Text::new("puhelin", "mobil", "phone")),
    (768, Text::new("tabletti", "surfplatta", "tablet")),
    (1280, Text::new("tietokone", "dator", "computer")),
];
/// In English: “The preview draws the notice as `<seloste-notice>` draws it on a page, …”
pub const PREVIEW_HELP: Text = Text::new(
    "Esikatselu näyttää selosteen niin kuin se näkyy sivulla valitulla kielellä ja leveydellä. Kieli, jolle ei ole käännöstä, näyttää selosteen alkuperäisellä kielellä ja kertoo sen.",
    "Förhandsvisningen visar beskrivningen som den syns på en sida på det valda språket och i den valda bredden. Ett språk utan översättning visar beskrivningen på originalspråket och säger det.",
    "The preview shows the notice as it appears on a page in the chosen language and width. A language without a translation shows the notice in its original language and says so.",
);
/// In English: “The release's files could not be read: …”
pub const RELEASE_UNREADABLE: Text = Text::new(
    "Julkaisuversion tietoja ei saatu luettua, joten esikatselua ja upotuskoodia ei voi tehdä. Lataa sivu uudelleen.",
    "Versionens uppgifter kunde inte läsas, så förhandsvisningen och inbäddningskoden kan inte göras. Ladda om sidan.",
    "The release's details could not be read, so the preview and the embed code cannot be made. Reload the page.",
);

/// In English: “Publish”
pub const PUBLISH: Text = Text::new("Julkaisu", "Publicering", "Publish");
/// In English: “The notice's address on your site”
pub const NOTICE_ADDRESS: Text = Text::new(
    "Selosteen osoite sivustollanne",
    "Beskrivningens adress på er webbplats",
    "The notice's address on your site",
);
/// In English: “For example /tietosuoja/lapsiperheet.json …”
pub const NOTICE_ADDRESS_HINT: Text = Text::new(
    "Polku sivustolla (esimerkiksi /tietosuoja/seloste.json) tai https://-osoite. Käännökset tallennetaan sen viereen.",
    "En sökväg på webbplatsen (till exempel /dataskydd/beskrivning.json) eller en https://-adress. Översättningarna sparas bredvid.",
    "A path on the site (for example /privacy/notice.json) or an https:// address. The translations go beside it.",
);
/// In English: “Check and download the files”
pub const CHECK_AND_DOWNLOAD: Text = Text::new(
    "Tarkista ja lataa tiedostot",
    "Granska och ladda ner filerna",
    "Check and download the files",
);
/// In English: “Each file was checked against the notice format and downloaded.”
pub const DOWNLOADED: Text = Text::new(
    "Tiedostot tarkistettiin selosteen tiedostomuotoa vasten ja ladattiin.",
    "Filerna granskades mot beskrivningens filformat och laddades ner.",
    "The files were checked against the notice file format and downloaded.",
);
/// In English: “A file does not follow the notice file format, so nothing was downloaded: …”
pub const NOT_VALID: Text = Text::new(
    "Tiedosto ei ole selosteen tiedostomuodon mukainen, joten mitään ei ladattu. Tarkista merkityt kentät; yksityiskohdat ovat selaimen konsolissa.",
    "En fil följer inte beskrivningens filformat, så inget laddades ner. Granska de markerade fälten; detaljerna finns i webbläsarens konsol.",
    "A file does not follow the notice file format, so nothing was downloaded. Check the marked fields; the details are in the browser's console.",
);
/// In English: “Some texts are not translated yet: …”
pub const STILL_UNTRANSLATED: Text = Text::new(
    "Käännöksissä on vielä kääntämättömiä tekstejä. Ne näkyvät lukijalle sellaisinaan.",
    "Översättningarna har ännu oöversatta texter. De visas för läsaren som de är.",
    "The translations still have texts not translated. Readers see them as they are.",
);
/// In English: “What to upload where”
pub const UPLOADS: Text = Text::new(
    "Mikä tiedosto viedään minne",
    "Vilken fil laddas upp vart",
    "Which file to upload where",
);
/// In English: “File”
pub const FILE: Text = Text::new("Tiedosto", "Fil", "File");
/// In English: “Address on the site”
pub const ADDRESS: Text = Text::new(
    "Osoite sivustolla",
    "Adress på webbplatsen",
    "Address on the site",
);
/// In English: “Embed code”
pub const EMBED_CODE: Text = Text::new("Upotuskoodi", "Inbäddningskod", "Embed code");
/// In English: “Paste it into the page's HTML. …”
pub const EMBED_HELP: Text = Text::new(
    "Liitä koodi sivun HTML-koodiin. Se lataa tämän julkaisuversion seloste.js-tiedoston, ja selain tarkistaa sen tiivisteestä, ettei tiedostoa ole muutettu.",
    "Klistra in koden i sidans HTML-kod. Den laddar den här versionens fil seloste.js, och webbläsaren kontrollerar med dess hash att filen inte har ändrats.",
    "Paste the code into the page's HTML. It loads this release's seloste.js, and the browser checks by its hash that the file has not been changed.",
);

/// In English: “With the privacy notice in it: …”, above the code that holds the notice
/// as static HTML (issue 19).
pub const EMBED_WITH_NOTICE: Text = Text::new(
    "Tietosuojaseloste valmiina koodissa: nykyisissä selaimissa seloste näkyy heti, kun sivu avautuu, myös ilman JavaScriptiä. Liitä koodi uudelleen aina, kun tietosuojaselostetta tai julkaisuversiota muutetaan. Jos julkaisujärjestelmä poistaa koodista template-elementin, käytä lyhyttä koodia.",
    "Dataskyddsbeskrivningen färdigt i koden: i dagens webbläsare syns den så fort sidan öppnas, också utan JavaScript. Klistra in koden på nytt när dataskyddsbeskrivningen eller versionen ändras. Om publiceringssystemet tar bort template-elementet ur koden, använd den korta koden.",
    "The privacy notice already in the code: in current browsers it shows as soon as the page opens, even without JavaScript. Paste the code again whenever the privacy notice or the release changes. If your publishing system removes the template element from the code, use the short code.",
);
/// In English: “Short code: …”, above the code with the element alone.
pub const EMBED_SHORT: Text = Text::new(
    "Lyhyt koodi: tietosuojaseloste haetaan, kun sivu avautuu.",
    "Kort kod: dataskyddsbeskrivningen hämtas när sidan öppnas.",
    "Short code: the privacy notice is fetched when the page opens.",
);

/// The two embed codes' names after their page's ("Suomenkielinen sivu: tietosuojaseloste
/// valmiina"), for screen readers.
pub const CODE_WITH_NOTICE: Text = Text::new(
    "tietosuojaseloste valmiina",
    "med dataskyddsbeskrivningen",
    "with the privacy notice",
);
/// In English: “short code”.
pub const CODE_SHORT: Text = Text::new("lyhyt koodi", "kort kod", "short code");

/// A page in `lang`, as a heading of its embed code.
pub fn page_in(lang: Lang) -> Text {
    match lang {
        Lang::Fi => Text::new(
            "Suomenkielinen sivu",
            "Finskspråkig sida",
            "A page in Finnish",
        ),
        Lang::Sv => Text::new(
            "Ruotsinkielinen sivu",
            "Svenskspråkig sida",
            "A page in Swedish",
        ),
        Lang::En => Text::new(
            "Englanninkielinen sivu",
            "Engelskspråkig sida",
            "A page in English",
        ),
    }
}

/// What is wrong with the address given for the notice.
pub fn address_error(error: crate::notice::publish::AddressError) -> Text {
    use crate::notice::publish::AddressError::*;
    match error {
        Empty => Text::new(
            "Kirjoita selosteen osoite sivustolla.",
            "Skriv beskrivningens adress på webbplatsen.",
            "Enter the notice's address on the site.",
        ),
        NotOnSite => Text::new(
            "Osoitteen pitää alkaa merkillä / tai https://.",
            "Adressen ska börja med / eller https://.",
            "The address must start with / or https://.",
        ),
        NotJson => Text::new(
            "Osoitteen pitää päättyä .json.",
            "Adressen ska sluta på .json.",
            "The address must end in .json.",
        ),
        Unsafe => Text::new(
            "Osoitteessa ei voi olla välilyöntejä, lainausmerkkejä eikä kulmasulkeita.",
            "Adressen kan inte innehålla mellanslag, citattecken eller vinkelparenteser.",
            "The address cannot hold spaces, quotation marks or angle brackets.",
        ),
    }
}
