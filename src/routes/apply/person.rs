//! The person: name and fødselsnummer or D-nummer (checked with its control digits).

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use super::{ApplyDraft, Drafts, Step, frame::StepHeading, go_on};
use crate::{
    components::{
        error_summary::{FieldError, error_for},
        text_field::TextField,
    },
    i18n::Tr,
};

#[component]
pub fn ApplyPerson() -> impl IntoView {
    let drafts = Drafts::get();
    let apply = drafts.apply;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    // Once the resident has changed and left a field, a wrong national id shows beside its field
    // (before "Continue") and follows the typing. Not in `errors`, which would move focus to the
    // summary.
    let id_left = RwSignal::new(false);
    let id_error = {
        let on_continue = error_for(errors, "national-id");
        Signal::derive(move || {
            let person = apply.with(ApplyDraft::person);
            if id_left.get() && !person.national_id.is_empty() {
                person.national_id().err().map(|e| e.message_id())
            } else {
                on_continue.get()
            }
        })
    };
    let go_on = go_on();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let person = apply.get_untracked().person();
        let mut found = Vec::new();
        if person.name.is_empty() {
            found.push(FieldError {
                field: "name",
                message: "apply-error-name",
            });
        }
        if person.national_id.is_empty() {
            found.push(FieldError {
                field: "national-id",
                message: "apply-error-national-id-missing",
            });
        } else if let Err(e) = person.national_id() {
            found.push(FieldError {
                field: "national-id",
                message: e.message_id(),
            });
        }
        if found.is_empty() {
            go_on();
        }
        errors.set(found);
    };
    view! {
        <Title text=crate::i18n::interpreter::page_title("apply-person-heading", true) />
        <StepHeading step=Step::Person title="apply-person-heading" errors=errors />
        // `change` comes up from a field the resident changed and left.
        <form on:submit=on_submit on:change=move |_| id_left.set(true) novalidate>
            <TextField
                id="name"
                label="apply-name"
                value=Signal::derive(move || apply.with(|a| a.name.clone()))
                on_input=Callback::new(move |v| apply.update(|a| a.name = v))
                error=error_for(errors, "name")
                autocomplete="name"
            />
            <TextField
                id="national-id"
                label="apply-national-id"
                hint="apply-national-id-hint"
                value=Signal::derive(move || apply.with(|a| a.national_id.clone()))
                on_input=Callback::new(move |v| apply.update(|a| a.national_id = v))
                error=id_error
                inputmode="numeric"
            />
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
    }
}
