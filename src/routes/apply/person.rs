//! The person: name and fødselsnummer or D-nummer (checked with its control digits).

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;

use super::{Drafts, Step, frame::StepHeading, go_on};
use crate::{
    components::{
        error_summary::{FieldError, error_for},
        text_field::TextField,
    },
    i18n::{Tr, t},
};

#[component]
pub fn ApplyPerson() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let drafts = Drafts::get();
    let apply = drafts.apply;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    // The national id's problem once the resident has left the field with a wrong number (so it
    // shows beside the field before "Continue"); it follows the typing from then on, and clears
    // when the number is right. Not in `errors`, which would move focus to the summary.
    let id_problem = RwSignal::new(None::<&'static str>);
    let check_id = move || {
        let person = apply.get_untracked().person();
        let problem = (!person.national_id.is_empty())
            .then(|| person.national_id().err().map(|e| e.message_id()))
            .flatten();
        id_problem.set(problem);
    };
    let id_error = {
        let on_continue = error_for(errors, "national-id");
        Signal::derive(move || id_problem.get().or_else(|| on_continue.get()))
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
        <Title text=move || format!("{} – Husly", tr!(i18n, "apply-person-heading")) />
        <StepHeading step=Step::Person title=t("apply-person-heading") errors=errors />
        <form on:submit=on_submit novalidate>
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
                on_input=Callback::new(move |v| {
                    apply.update(|a| a.national_id = v);
                    if id_problem.get_untracked().is_some() {
                        check_id();
                    }
                })
                on_blur=Callback::new(move |()| check_id())
                error=id_error
                inputmode="numeric"
            />
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
    }
}
