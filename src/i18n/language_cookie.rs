//! The chosen language, told to the server as well: a cookie beside the local storage, so the
//! entry pages it prerenders come in that language on the next visit (server/src/prerendered.rs).
//! It names a language and nothing else, and "Start over" removes it with the rest.

use wasm_bindgen::JsCast;

/// The cookie's name; the server reads the same (`LANGUAGE_COOKIE` there).
pub const NAME: &str = "husly-lang";

fn document() -> Option<web_sys::HtmlDocument> {
    web_sys::window()?.document()?.dyn_into().ok()
}

/// Keeps `lang` for a year.
pub fn remember(lang: &str) {
    if let Some(document) = document() {
        let _ = document.set_cookie(&format!(
            "{NAME}={lang}; Path=/; Max-Age=31536000; SameSite=Lax"
        ));
    }
}

/// Removes it.
pub fn forget() {
    if let Some(document) = document() {
        let _ = document.set_cookie(&format!("{NAME}=; Path=/; Max-Age=0; SameSite=Lax"));
    }
}
