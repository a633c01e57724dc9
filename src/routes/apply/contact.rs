//! How to reach the person: phone and/or e-mail, the language they prefer, and whether they need
//! an interpreter.

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_fluent::I18n;
use leptos_meta::Title;

use super::{Drafts, Step, frame::StepHeading, go_on};
use crate::{
    components::{
        error_summary::{FieldError, error_for},
        text_field::TextField,
    },
    i18n::Tr,
};

#[component]
pub fn ApplyContact() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let apply = Drafts::get().apply;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    // The language the page is read in, until the resident picks another.
    let language = move || {
        apply
            .with(|a| a.preferred_language.clone())
            .unwrap_or_else(|| i18n.language.get().id.to_string())
    };
    let go_on = go_on();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let chosen = untrack(language);
        apply.update(|a| a.preferred_language = Some(chosen));
        let person = apply.get_untracked().person();
        let mut found = Vec::new();
        if person.phone.is_empty() && person.email.is_empty() {
            found.push(FieldError {
                field: "phone",
                message: "apply-error-contact",
            });
        }
        if let Err(e) = person.check_phone() {
            found.push(FieldError {
                field: "phone",
                message: e.message_id(),
            });
        }
        if let Err(e) = person.check_email() {
            found.push(FieldError {
                field: "email",
                message: e.message_id(),
            });
        }
        if found.is_empty() {
            go_on();
        }
        errors.set(found);
    };
    let options = i18n
        .languages
        .iter()
        .map(|lang| {
            view! {
                <option value=lang.id lang=lang.id dir=lang.dir.as_str() selected=move || language() == lang.id>
                    {lang.name}
                </option>
            }
        })
        .collect_view();
    view! {
        <Title text=crate::i18n::interpreter::page_title("apply-contact-heading", true) />
        <StepHeading step=Step::Contact title="apply-contact-heading" errors=errors />
        <p class="hint"><Tr id="apply-contact-hint" /></p>
        <form on:submit=on_submit novalidate>
            <TextField
                id="phone"
                label="apply-phone"
                hint="apply-phone-hint"
                value=Signal::derive(move || apply.with(|a| a.phone.clone()))
                on_input=Callback::new(move |v| apply.update(|a| a.phone = v))
                error=error_for(errors, "phone")
                kind="tel"
                inputmode="tel"
                autocomplete="tel"
            />
            <TextField
                id="email"
                label="apply-email"
                value=Signal::derive(move || apply.with(|a| a.email.clone()))
                on_input=Callback::new(move |v| apply.update(|a| a.email = v))
                error=error_for(errors, "email")
                kind="email"
                inputmode="email"
                autocomplete="email"
            />
            <div class="field">
                <label for="preferred-language"><Tr id="apply-language" /></label>
                <p class="hint" id="preferred-language-hint"><Tr id="apply-language-hint" /></p>
                <select
                    id="preferred-language"
                    aria-describedby="preferred-language-hint"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        apply.update(|a| a.preferred_language = Some(v));
                    }
                >
                    {options}
                </select>
            </div>
            <div class="checkbox">
                <input
                    type="checkbox"
                    id="interpreter"
                    prop:checked=move || apply.with(|a| a.needs_interpreter)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        apply.update(|a| a.needs_interpreter = on);
                    }
                />
                <label for="interpreter"><Tr id="apply-interpreter" /></label>
            </div>
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
    }
}
