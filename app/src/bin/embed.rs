//! The form's bundle behind `seloste.js` (see `app/embed/`): it mounts a request form (or
//! "my requests") into an element the loader gives it — the shadow root of
//! `<seloste-request>` / `<seloste-requests>`, or a portal's own element through `mount()`.
//! Notices are the notice bundle's (`notice.rs`): a page with only a notice loads none of this.
//! The loader resolves every URL (against the page for `src`, against the bundle's base
//! for the forms, the PDF maker and the font) and passes the element's settings as a
//! [`Config`].

use leptos::prelude::*;
use seloste::notice::Notice;
use seloste::request::spec::Form;
use seloste::request::verified::Verified;
use seloste::request::RequestKind;
use seloste::web::{
    browser_lang, dispatch_error, fetch, host, show_my_requests, PdfAssets, RequestForm,
};
use seloste::Lang;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// What the loader passes for one element (every URL already absolute), set member by
/// member from JS. (A JSON text read with serde cost about what this class adds to the JS
/// glue, docs/size.md: the typed form is kept for being checked by wasm-bindgen.)
#[wasm_bindgen]
#[derive(Default)]
pub struct Config {
    /// The notice file.
    src: String,
    lang: Option<String>,
    /// The request kind (request forms only).
    kind: Option<String>,
    /// Where the bundle's own files are: `forms/`, `pdf/`, `fonts/` below it.
    base: String,
    /// A forms file other than the one the notice names.
    forms: Option<String>,
    endpoint: Option<String>,
    adapter: Option<String>,
    mailto: Option<String>,
    /// Extra headers for the backend (JS API), `Name: value` lines; `<meta
    /// name="seloste-header">` adds more.
    headers: Vec<(String, String)>,
    /// The requester's verified identity (JS API only, never an attribute).
    identity: Option<(String, String, String)>,
    /// Level of the title headings (`heading-level`): by default 1 for a request form's page
    /// titles, 2 for "my requests" (the host page has its own h1).
    heading_level: Option<u8>,
    /// The SRI hashes of the loader's own files by absolute address (a JSON object): the
    /// default forms file, the PDF maker, its wasm and the font are refused if changed.
    integrity: String,
    /// The loader's page-wide fetch of notices and forms files (each once per page).
    files: fetch::Files,
}

#[wasm_bindgen]
impl Config {
    #[wasm_bindgen(constructor)]
    pub fn new(src: String, base: String) -> Config {
        Config {
            src,
            base,
            ..Config::default()
        }
    }
    pub fn lang(&mut self, code: Option<String>) {
        self.lang = code;
    }
    pub fn kind(&mut self, kind: Option<String>) {
        self.kind = kind;
    }
    pub fn forms(&mut self, url: Option<String>) {
        self.forms = url;
    }
    pub fn delivery(
        &mut self,
        adapter: Option<String>,
        endpoint: Option<String>,
        mailto: Option<String>,
    ) {
        (self.adapter, self.endpoint, self.mailto) = (adapter, endpoint, mailto);
    }
    /// `Name: value` lines.
    pub fn headers(&mut self, lines: &str) {
        self.headers = lines.lines().filter_map(host::header_line).collect();
    }
    pub fn identity(&mut self, name: String, code: String, by: String) {
        self.identity = Some((name, code, by));
    }
    pub fn heading_level(&mut self, level: u8) {
        self.heading_level = Some(level.clamp(1, 5));
    }
    /// `{"https://…/forms/default.json": "sha384-…", …}`
    pub fn integrity(&mut self, json: String) {
        self.integrity = json;
    }
    /// `fileOf(url, integrity)` → a promise of the file's `Response`: notices and forms
    /// files come from it, fetched once per page and as early as the loader knows them.
    pub fn files(&mut self, file_of: js_sys::Function) {
        self.files = fetch::Files::from_loader(file_of);
    }
}

impl Config {
    /// The forms file: the element's own, or the one the notice names, beside seloste.js.
    fn forms_url(&self, notice: &Notice) -> String {
        self.forms
            .clone()
            .unwrap_or_else(|| format!("{}{}", self.base, notice.requests.forms_url()))
    }

    /// The SRI hash of one of the loader's own files (none for the host's own files: a
    /// notice, a forms file of its own).
    fn integrity_of(&self, url: &str) -> Option<String> {
        fetch::integrity_in(&self.integrity, url)
    }
}

/// A mounted element: its handle for `set_lang` and `unmount`, its unmount handle
/// (dropping it unmounts) and its language.
struct Mounted {
    id: u32,
    _handle: Box<dyn std::any::Any>,
    lang: ArcRwSignal<Lang>,
}

thread_local! {
    /// The last handle given, and the mounted elements (a page has a few: a list, as a map
    /// type costs more wasm, docs/size.md).
    static MOUNTED: RefCell<(u32, Vec<Mounted>)> = const { RefCell::new((0, Vec::new())) };
}

fn keep(handle: Box<dyn std::any::Any>, lang: ArcRwSignal<Lang>) -> u32 {
    MOUNTED.with_borrow_mut(|(next, all)| {
        *next += 1;
        all.push(Mounted {
            id: *next,
            _handle: handle,
            lang,
        });
        *next
    })
}

fn lang_of(config: &Config) -> Lang {
    config
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(browser_lang)
}

/// Says `message` to the site's staff: in the console, and as `seloste-error` on `target`.
fn tell_staff(target: &web_sys::HtmlElement, message: &str) {
    web_sys::console::error_1(&format!("seloste: {message}").into());
    dispatch_error(target, None, message, false);
}

/// Mounts the request form of `config.kind` for the notice `config.src` into `target`.
#[wasm_bindgen]
pub fn mount_request(target: web_sys::HtmlElement, mut config: Config) -> Result<u32, JsValue> {
    let lang = ArcRwSignal::new(lang_of(&config));
    let kind = config.kind.as_deref().and_then(RequestKind::parse);
    let Some(kind) = kind else {
        let kinds: Vec<&str> = RequestKind::ALL.iter().map(|k| k.name()).collect();
        let message = format!(
            "kind \"{}\" is not a request kind ({})",
            config.kind.as_deref().unwrap_or_default(),
            kinds.join(", ")
        );
        tell_staff(&target, &message);
        return Err(JsValue::from_str(&message));
    };
    let verified = match &config.identity {
        None => None,
        Some((name, code, by)) => match Verified::new(name, code, by) {
            Ok(v) => Some(v),
            Err(e) => {
                tell_staff(&target, &format!("identity: {}", e.message(Lang::En)));
                None
            }
        },
    };
    let mut headers = host::meta_headers();
    headers.extend(config.headers.clone());
    let signal = lang.clone();
    let handle = leptos::mount::mount_to(target, move || {
        let lang = Signal::derive(move || signal.get());
        let loaded = RwSignal::new(None::<Result<(Notice, Form), fetch::LoadError>>);
        let files = std::mem::take(&mut config.files);
        let config = StoredValue::new(config);
        leptos::task::spawn_local(async move {
            let load = async {
                let src = config.with_value(|c| c.src.clone());
                let notice = fetch::load_notice_from(&files, &src).await?;
                let url = config.with_value(|c| c.forms_url(&notice));
                let integrity = config.with_value(|c| c.integrity_of(&url));
                let form = fetch::load_form_from(&files, &url, kind, integrity.as_deref()).await?;
                Ok((notice, form))
            };
            loaded.set(Some(load.await));
        });
        let headers = StoredValue::new(headers);
        let verified = StoredValue::new(verified);
        fetch::loading_view(loaded, lang, move |(notice, form): (Notice, Form)| {
            config.with_value(|c| {
                let delivery = host::delivery_for(
                    &notice,
                    c.adapter.as_deref(),
                    c.endpoint.as_deref(),
                    c.mailto.as_deref(),
                );
                let pdf = PdfAssets::from_page(
                    &format!("{}pdf/seloste-pdf.js", c.base),
                    &c.forms_url(&notice),
                    &format!("{}fonts/DejaVuSans.ttf", c.base),
                )
                .checked(&c.integrity);
                view! {
                    <RequestForm notice=notice form=form lang=lang pdf=pdf delivery=delivery
                        headers=headers.get_value() verified=verified.get_value()
                        heading_level=c.heading_level.unwrap_or(1)/>
                }
            })
        })
    });
    Ok(keep(Box::new(handle), lang))
}

/// Mounts "my requests" kept on this device into `target` (`<seloste-requests>`): the list
/// comes with the later chunk.
#[wasm_bindgen]
pub fn mount_requests(target: web_sys::HtmlElement, config: Config) -> Result<u32, JsValue> {
    let lang = ArcRwSignal::new(lang_of(&config));
    let pdf = PdfAssets::from_page(
        &format!("{}pdf/seloste-pdf.js", config.base),
        &format!("{}forms/default.json", config.base),
        &format!("{}fonts/DejaVuSans.ttf", config.base),
    )
    .checked(&config.integrity);
    let signal = lang.clone();
    let shown = show_my_requests(
        target.into(),
        Signal::derive(move || signal.get()),
        config.heading_level.unwrap_or(2),
        Some(pdf),
    );
    Ok(keep(Box::new(shown), lang))
}

/// Changes a mounted element's language without mounting it again (answers stay).
#[wasm_bindgen]
pub fn set_lang(handle: u32, code: &str) {
    let Some(lang) = Lang::parse(code) else {
        return;
    };
    MOUNTED.with_borrow(|(_, all)| {
        if let Some(m) = all.iter().find(|m| m.id == handle) {
            m.lang.set(lang);
        }
    });
}

/// Unmounts an element mounted by `mount_request` or `mount_requests`.
#[wasm_bindgen]
pub fn unmount(handle: u32) {
    let removed = MOUNTED.with_borrow_mut(|(_, all)| {
        let at = all.iter().position(|m| m.id == handle)?;
        Some(all.swap_remove(at))
    });
    drop(removed);
}

fn main() {}
