//! The resident's own words about their situation and what they wish for. The law requires the
//! municipality to hear them (sosialtjenesteloven § 42); writing here is not required, since
//! they can also tell it in person.

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_fluent::tr;
use leptos_meta::Title;
use rules::application::MAX_TEXT;

use super::{Drafts, Step, frame::StepHeading, go_on};
use crate::{
    components::{
        error_summary::{FieldError, error_for},
        text_field::TextField,
    },
    i18n::{Tr, twin_text},
};

#[component]
pub fn ApplyOwnWords() -> impl IntoView {
    let apply = Drafts::get().apply;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let text = Signal::derive(move || apply.with(|a| a.own_words.clone().unwrap_or_default()));
    let go_on = go_on();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let words = text.get_untracked();
        if words.chars().count() > MAX_TEXT {
            errors.set(vec![FieldError {
                field: "own-words",
                message: "apply-error-too-long",
            }]);
            return;
        }
        apply.update(|a| a.own_words = Some(words));
        errors.set(Vec::new());
        go_on();
    };
    let left = move || MAX_TEXT as i64 - text.with(|w| w.chars().count()) as i64;
    view! {
        <Title text=crate::i18n::interpreter::page_title("apply-own-words-heading", true) />
        <StepHeading step=Step::OwnWords title="apply-own-words-heading" errors=errors />
        <form on:submit=on_submit novalidate>
            <TextField
                id="own-words"
                label="apply-own-words-label"
                hint="apply-own-words-hint"
                value=text
                on_input=Callback::new(move |v| apply.update(|a| a.own_words = Some(v)))
                error=error_for(errors, "own-words")
                multiline=true
            />
            <p class="small">{twin_text(move |i18n| tr!(i18n, "apply-characters-left", { "n" => left() }))}</p>
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
    }
}
