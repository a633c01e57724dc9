//! The case pages' language, chosen as the resident app chooses it: `?lang=`, then the choice
//! kept on the device (`husly-lang`, which a choice here updates), then the browser's
//! languages, else Norwegian. Its messages are fetched as the resident app fetches them
//! (`catalog::ensure`); until they are here the page shows Norwegian and `<html lang dir>` says
//! so.

use leptos::prelude::*;

use crate::i18n::{
    LANGUAGE_STORAGE_KEY, catalog,
    languages::{browser_languages, is_rtl, languages, ours},
};

/// The language chosen, and whether its messages are here.
#[derive(Debug, Clone, Copy)]
pub struct Chosen(RwSignal<&'static str>);

fn first_choice() -> &'static str {
    let window = web_sys::window();
    let from_url = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
        .and_then(|p| p.get("lang"))
        .and_then(|l| ours(&l));
    let kept = || {
        window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(LANGUAGE_STORAGE_KEY).ok().flatten())
            .and_then(|l| ours(&l))
    };
    let browser = || browser_languages().iter().find_map(|tag| ours(tag));
    from_url
        .or_else(kept)
        .or_else(browser)
        .unwrap_or(catalog::SOURCE)
}

impl Chosen {
    /// Chooses the first language, fetches it, and keeps `<html lang dir>` on what is shown.
    pub fn provide() -> Self {
        let chosen = Self(RwSignal::new(first_choice()));
        Effect::new(move |_| catalog::ensure(chosen.0.get()));
        Effect::new(move |_| {
            let shown = chosen.shown();
            if let Some(html) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = html.set_attribute("lang", shown);
                let _ = html.set_attribute("dir", if is_rtl(shown) { "rtl" } else { "ltr" });
            }
        });
        provide_context(chosen);
        chosen
    }

    /// The language chosen.
    pub fn lang(self) -> &'static str {
        self.0.get()
    }

    /// The language the page is in: the one chosen once its messages are here, else Norwegian.
    pub fn shown(self) -> &'static str {
        let lang = self.0.get();
        match catalog::loading(lang) {
            catalog::Loading::Ready => lang,
            _ => catalog::SOURCE,
        }
    }

    fn choose(self, lang: &'static str) {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.set_item(LANGUAGE_STORAGE_KEY, lang);
        }
        crate::i18n::language_cookie::remember(lang);
        self.0.set(lang);
    }
}

/// The language list, as the resident app's bar shows it.
#[component]
pub fn Picker(chosen: Chosen) -> impl IntoView {
    let options = languages()
        .iter()
        .map(|(id, name, dir)| {
            let id = id.as_str();
            view! {
                <option value=id lang=id dir=dir.as_str() selected=move || chosen.lang() == id>{name.as_str()}</option>
            }
        })
        .collect_view();
    view! {
        <div class="language-picker">
            <label for="language-picker">{super::twin::tw("language-picker-label")}</label>
            <select id="language-picker" name="language" on:change=move |ev| {
                if let Some(lang) = ours(&event_target_value(&ev)) {
                    chosen.choose(lang);
                }
            }>
                {options}
            </select>
        </div>
    }
}
