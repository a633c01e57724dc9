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

/// Our language for a BCP 47 tag from the browser or a kept choice ("uk-UA" → uk; "fa-AF",
/// Dari → prs; "no" → nb), if we have it.
pub fn ours(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().to_ascii_lowercase();
    let primary = match tag.as_str() {
        "fa-af" => "prs",
        "no" | "nb-no" | "no-no" => "nb",
        other => other.split(['-', '_']).next().unwrap_or(other),
    };
    language(primary)
}

/// The browser's languages, most wanted first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect()
}

/// Whether `lang` is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    languages()
        .iter()
        .any(|(id, _, dir)| id == lang && dir == "rtl")
}
