//! A labelled text input with its hint and its error, tied together for screen readers.

use crate::i18n::Tr;
use leptos::prelude::*;

/// A text input. `error` is a message id, shown beside the field and announced with it.
#[component]
pub fn TextField(
    id: &'static str,
    /// Message ids, each shown with its Norwegian twin in the interpreter view.
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<&'static str>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "text")] inputmode: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    // A phone number, an e-mail address or digits run left to right on every page: in a
    // right-to-left input "+47 912 34 567" would show as "567 34 912 47+".
    let dir = (matches!(kind, "tel" | "email")
        || matches!(inputmode, "tel" | "email" | "numeric" | "decimal"))
    .then_some("ltr");
    let input = if multiline {
        view! {
            <textarea
                id=id
                name=id
                rows="8"
                aria-describedby=described
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                name=id
                type=kind
                inputmode=inputmode
                dir=dir
                // On a shared front-desk device the browser must not offer the last person's answers.
                autocomplete=if crate::front_desk::FrontDesk::active() { "off" } else { autocomplete }
                spellcheck="false"
                aria-describedby=described
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id><Tr id=label /></label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()><Tr id=h /></p> })}
            {move || error.get().map(|e| view! { <p class="error-message" id=error_id.clone()><Tr id=e /></p> })}
            {input}
        </div>
    }
}
