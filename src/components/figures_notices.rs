//! What an estimate rests on, said under it: figures not yet confirmed against their source,
//! figures used from another period (which, and when they applied), and the day the newest
//! figure took effect. On the estimates and on renting or owning, from the same result.

use leptos::prelude::*;
use leptos_fluent::tr;
use rules::EstimateResult;

use crate::{
    components::how_we_calculated::node_name_id,
    format,
    i18n::{Tr, twin_text},
};

#[component]
pub fn FiguresNotices(result: EstimateResult) -> impl IntoView {
    let old_figures = result.figures_from_another_period;
    view! {
        {result.rests_on_unverified.then(|| view! { <p class="notice"><Tr id="unverified-notice" /></p> })}
        {(!old_figures.is_empty()).then(|| view! {
            <div class="notice" data-testid="old-figures">
                <p><Tr id="old-figures-notice" /></p>
                <ul>{old_figures.into_iter().map(|f| view! {
                    <li>{twin_text(move |i18n| tr!(i18n, "old-figure", {
                        "name" => i18n.tr(&node_name_id(&f.id)),
                        "from" => format::date(f.valid_from, i18n.language.get().id),
                        "until" => format::date(f.valid_until, i18n.language.get().id),
                    }))}</li>
                }).collect_view()}</ul>
            </div>
        })}
        {result.parameters_valid_from.map(|d| view! { <p class="small">{twin_text(move |i18n| tr!(i18n, "parameters-date", { "date" => format::date(d, i18n.language.get().id) }))}</p> })}
    }
}
