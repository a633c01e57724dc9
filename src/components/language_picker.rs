//! The language picker: each language named in its own language and script.

use crate::i18n::Tr;
use leptos::prelude::*;
use leptos_fluent::I18n;

/// A labelled `<select>` of every language the app has, each named in its own language and
/// script; the choice applies as soon as its text is here, and persists.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let on_change = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if let Some(lang) = i18n.languages.iter().find(|l| l.id == id) {
            crate::i18n::choose(i18n, lang);
        }
    };
    view! {
        <div class="language-picker">
            <label for="language-picker"><Tr id="language-picker-label" /></label>
            <select id="language-picker" name="language" on:change=on_change>
                {i18n
                    .languages
                    .iter()
                    .map(|lang| {
                        view! {
                            <option
                                value=lang.id
                                lang=lang.id
                                dir=lang.dir.as_str()
                                selected=move || i18n.language.get().id == lang.id
                            >
                                {lang.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
