//! The household's economy: the estimates' own form over the same answers, so what the resident
//! typed there is already filled in here (and a change here changes the estimate too).

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;

use super::{Drafts, Step, economy_problem, frame::StepHeading, go_on};
use crate::{
    components::{
        economy_form::{EconomyForm, INCOME_IDS},
        error_summary::FieldError,
    },
    economy::{EstimateDraft, municipality_number, today},
    format::parse_amount,
    i18n::{Tr, t},
};

/// Every problem in the economy's fields, each on its field.
fn problems(d: &EstimateDraft, rules_problem: Option<&'static str>) -> Vec<FieldError> {
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
    let adults = crate::format::parse_count(&d.adults)
        .ok()
        .flatten()
        .map_or(1, |n| n as usize);
    let mut amounts = vec![
        ("adults", d.adults.as_str()),
        ("children-0-5", &d.children_0_5),
        ("children-6-10", &d.children_6_10),
        ("children-11-17", &d.children_11_17),
    ];
    for (row, id) in d.incomes.iter().take(adults).zip(INCOME_IDS) {
        amounts.push((id, &row.amount));
    }
    let t = &d.debts;
    amounts.extend([
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
        ("housing-cost", &d.housing_cost),
    ]);
    for (field, value) in amounts {
        match parse_amount(value) {
            Err(e) => found.push(FieldError {
                field,
                message: e.message_id(),
            }),
            Ok(None) if field.starts_with("income") => found.push(FieldError {
                field,
                message: "apply-error-income",
            }),
            Ok(None) if field == "housing-cost" => found.push(FieldError {
                field,
                message: "apply-error-housing-cost",
            }),
            Ok(_) => {}
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
    let i18n = expect_context::<I18n>();
    let economy = Drafts::get().economy;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let go_on = go_on();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let found = problems(&economy.draft_untracked(), economy_problem(&economy));
        if found.is_empty() {
            go_on();
        }
        errors.set(found);
    };
    view! {
        <Title text=move || format!("{} – Husly", tr!(i18n, "apply-economy-heading")) />
        <StepHeading step=Step::Economy title=t("apply-economy-heading") errors=errors />
        <p class="hint"><Tr id="apply-economy-hint" /></p>
        <EconomyForm />
        <form on:submit=on_submit novalidate>
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
    }
}
