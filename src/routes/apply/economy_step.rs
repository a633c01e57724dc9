//! The household's economy: the estimates' own form over the same answers, so what the resident
//! typed there is already filled in here (and a change here changes the estimate too).

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;
use rules::household::HomeKind;

use super::{Drafts, Step, economy_problem, frame::StepHeading, go_on};
use crate::{
    components::{
        amount_field::{Quantity, problem},
        economy_form::{EconomyForm, INCOME_IDS},
        error_summary::FieldError,
    },
    economy::{EstimateDraft, municipality_number, today},
    i18n::Tr,
};

/// Every problem in the economy's fields (typed on a page in `lang`), each on its field.
fn problems(d: &EstimateDraft, lang: &str, rules_problem: Option<&'static str>) -> Vec<FieldError> {
    let mut found = Vec::new();
    if d.municipality.trim().is_empty() {
        found.push(FieldError {
            field: "municipality",
            message: "apply-error-municipality",
        });
    } else if municipality_number(&d.municipality, today()).is_none() {
        found.push(FieldError {
            field: "municipality",
            message: "error-unknown-municipality",
        });
    }
    let adults = crate::format::parse_count(&d.adults, lang)
        .ok()
        .flatten()
        .map_or(1, |n| n as usize);
    let mut fields = vec![
        ("adults", d.adults.as_str(), Quantity::Adults),
        ("children-0-5", &d.children_0_5, Quantity::Children),
        ("children-6-10", &d.children_6_10, Quantity::Children),
        ("children-11-17", &d.children_11_17, Quantity::Children),
    ];
    for (row, id) in d.incomes.iter().take(adults).zip(INCOME_IDS) {
        fields.push((id, &row.amount, Quantity::Amount));
    }
    let t = &d.debts;
    for (field, value) in [
        ("wealth", d.wealth.as_str()),
        ("debt-consumer-monthly", &t.consumer_monthly),
        ("debt-consumer-balance", &t.consumer_balance),
        ("debt-student-monthly", &t.student_monthly),
        ("debt-student-balance", &t.student_balance),
        ("debt-car-monthly", &t.car_monthly),
        ("debt-car-balance", &t.car_balance),
        ("debt-other-monthly", &t.other_monthly),
        ("debt-other-balance", &t.other_balance),
        ("childcare", &t.childcare),
        ("child-support", &t.child_support),
    ] {
        fields.push((field, value, Quantity::Amount));
    }
    // Someone with no home of their own is not asked for a housing cost.
    if d.home != HomeKind::None {
        fields.push(("housing-cost", &d.housing_cost, Quantity::Amount));
    }
    for (field, value, quantity) in fields {
        if let Some(message) = problem(quantity, value, lang) {
            found.push(FieldError { field, message });
        } else if value.trim().is_empty() {
            if field.starts_with("income") {
                found.push(FieldError {
                    field,
                    message: "apply-error-income",
                });
            } else if field == "housing-cost" {
                found.push(FieldError {
                    field,
                    message: "apply-error-housing-cost",
                });
            }
        }
    }
    if found.is_empty()
        && let Some(message) = rules_problem
    {
        found.push(FieldError {
            field: "adults",
            message,
        });
    }
    found
}

#[component]
pub fn ApplyEconomy() -> impl IntoView {
    let drafts = Drafts::get();
    let economy = drafts.economy;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let go_on = go_on();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let lang = drafts.lang();
        let found = problems(
            &economy.draft_untracked(),
            lang,
            economy_problem(&economy, lang),
        );
        if found.is_empty() {
            go_on();
        }
        errors.set(found);
    };
    view! {
        <Title text=crate::i18n::interpreter::page_title("apply-economy-heading", true) />
        <StepHeading step=Step::Economy title="apply-economy-heading" errors=errors />
        <p class="hint"><Tr id="apply-economy-hint" /></p>
        <EconomyForm />
        <form on:submit=on_submit novalidate>
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
    }
}
