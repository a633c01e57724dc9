//! The languages as locales/languages.json lists them (id, own name, direction), for what
//! chooses or shows a language without leptos-fluent: the staff pages and the case pages.

use std::sync::OnceLock;

/// The languages (id, own name, direction), as the resident app lists them.
pub fn languages() -> &'static [(String, String, String)] {
    static LIST: OnceLock<Vec<(String, String, String)>> = OnceLock::new();
    LIST.get_or_init(|| {
        serde_json::from_str(include_str!("../../locales/languages.json")).unwrap_or_default()
    })
}

/// Our own `&'static` id for a language named in an application ("uk"), if we have it.
pub fn language(id: &str) -> Option<&'static str> {
    languages()
        .iter()
        .map(|(lang, _, _)| lang.as_str())
        .find(|lang| *lang == id)
}

/// Whether `lang` is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    languages()
        .iter()
        .any(|(id, _, dir)| id == lang && dir == "rtl")
}
