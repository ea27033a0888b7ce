//! The demo's pages and their URL fragments. Fragments name only notices and request kinds,
//! never anything a person typed.

use seloste::request::RequestKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of sample notices.
    Home,
    Notice(String),
    Request(String, RequestKind),
}

impl Route {
    /// Reads `#/notices/{id}` or `#/notices/{id}/requests/{kind}`; anything else is home.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let valid_id =
            |id: &str| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        match parts.as_slice() {
            ["notices", id] if valid_id(id) => Route::Notice(id.to_string()),
            ["notices", id, "requests", kind] if valid_id(id) => match RequestKind::parse(kind) {
                Some(kind) => Route::Request(id.to_string(), kind),
                None => Route::Notice(id.to_string()),
            },
            _ => Route::Home,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Notice(id) => format!("#/notices/{id}"),
            Route::Request(id, kind) => format!("#/notices/{id}/requests/{}", kind.name()),
        }
    }

    /// The notice a page shows, if any.
    pub fn notice_id(&self) -> Option<&str> {
        match self {
            Route::Notice(id) | Route::Request(id, _) => Some(id),
            Route::Home => None,
        }
    }
}
