//! The help wanted, one or more. The help the needs check found fitting is marked already, first
//! in the list; the resident can change it.

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_fluent::I18n;
use leptos_meta::Title;
use rules::needs::HelpKind;

use super::{Drafts, Step, frame::StepHeading, go_on};
use crate::{
    components::error_summary::FieldError,
    economy::today,
    i18n::Tr,
    routes::needs_check::{assess, help_name, with_profile},
};

#[component]
pub fn ApplyHelp() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let drafts = Drafts::get();
    let apply = drafts.apply;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    // What the needs check found fitting, in its order. A rental home whose municipal criteria
    // are not all met is not "fitting" nor ticked in advance (the resident may still tick it: the
    // municipality can make exceptions, and the result page says so).
    let profiles = expect_context::<crate::profiles::Profiles>();
    let fitting: Vec<HelpKind> = untrack(|| {
        with_profile(&drafts.economy, &profiles, today(), |profile| {
            assess(
                &drafts.needs.get_untracked(),
                &drafts.economy.draft_untracked(),
                i18n.language.get_untracked().id,
                profile,
            )
        })
    })
    .and_then(Result::ok)
    .map(|r| {
        r.help
            .iter()
            .filter(|h| {
                !h.why
                    .iter()
                    .any(|w| w == "why-rental-home-criterion-not-met")
            })
            .map(|h| h.kind)
            .collect()
    })
    .unwrap_or_default();
    if apply.with_untracked(|a| a.help_wanted.is_none()) && !fitting.is_empty() {
        apply.update(|a| a.help_wanted = Some(fitting.clone()));
    }
    let mut order = fitting.clone();
    order.extend(HelpKind::ALL.iter().filter(|k| !fitting.contains(k)));

    // Each checkbox's id is its help's message id, e.g. "help-startlan".
    let first = help_name(order[0]);
    let go_on = go_on();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if apply.with_untracked(|a| a.help_wanted.as_ref().is_some_and(|h| !h.is_empty())) {
            errors.set(Vec::new());
            go_on();
        } else {
            errors.set(vec![FieldError {
                field: first,
                message: "apply-error-help",
            }]);
        }
    };

    let options = order
        .into_iter()
        .map(|kind| {
            let id = help_name(kind);
            let fits = fitting.contains(&kind);
            let toggle = move |on: bool| {
                apply.update(|a| {
                    let list = a.help_wanted.get_or_insert_with(Vec::new);
                    list.retain(|k| *k != kind);
                    if on {
                        list.push(kind);
                    }
                })
            };
            view! {
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id=id
                        name="help"
                        prop:checked=move || apply.with(|a| a.help_wanted.as_ref().is_some_and(|h| h.contains(&kind)))
                        on:change=move |ev| toggle(event_target_checked(&ev))
                    />
                    <label for=id>
                        <Tr id=help_name(kind) />
                        {fits.then(|| view! { <span class="tag"><Tr id="apply-help-fits" /></span> })}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <Title text=crate::i18n::interpreter::page_title("apply-help-heading", true) />
        <StepHeading step=Step::Help title="apply-help-heading" errors=errors />
        <form on:submit=on_submit novalidate>
            <fieldset aria-labelledby="step-heading" aria-describedby="wanted-hint">
                <p class="hint" id="wanted-hint"><Tr id="apply-help-hint" /></p>
                {move || (!errors.with(Vec::is_empty)).then(|| view! { <p class="error-message"><Tr id="apply-error-help" /></p> })}
                {options}
            </fieldset>
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
    }
}
