//! `/staff/overview`: the municipality's overview of the need for housing (law § 5), for a
//! housing manager preparing the yearly plan: applications per month, by kind of help, urgency
//! and household; the waiting list for municipal homes by Moss's categories; the time to a
//! decision; who waits in temporary accommodation; startlån granted. Each chart is a table with
//! bars (readable by a screen reader, on a phone, and on paper), and the same figures download
//! as CSV. The figures and their suppression are the server's (`rules::overview`); the period is
//! in the address, so a reload, Back and a printed page show the same months.

use leptos::{prelude::*, task::spawn_local};
use leptos_router::{components::A, hooks::use_query_map};
use rules::{
    overview::{Count, Overview, Series, urgency_message_id},
    profile::Sourced,
};

use super::{
    api,
    pages::grouped,
    period::PeriodForm,
    text::{s, s_with, tr},
};
use crate::routes::needs_check::help_name;

/// A count as shown: the number, or "<5" when the server suppressed it.
fn shown(count: Count) -> String {
    count.map_or_else(|| s("staff-overview-not-shown"), |n| grouped(n.into()))
}

/// Days or a share, or "too few to show".
fn figure(value: Option<u32>) -> String {
    value.map_or_else(|| s("staff-overview-too-few"), |n| grouped(n.into()))
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let query = use_query_map();
    let period = Memo::new(move |_| {
        let q = query.read();
        let value = |key| q.get(key).unwrap_or_default();
        (value("from"), value("until"))
    });
    let loaded = RwSignal::new(None::<Result<Overview, api::Failed>>);
    Effect::new(move || {
        let (from, until) = period.get();
        loaded.set(None);
        // try_set: the page may be gone before the answer comes.
        spawn_local(async move {
            loaded.try_set(Some(api::overview(&from, &until).await));
        });
    });
    let shown_period = Signal::derive(move || match loaded.get() {
        Some(Ok(o)) => (
            o.months.first().cloned().unwrap_or_default(),
            o.months.last().cloned().unwrap_or_default(),
        ),
        _ => period.get(),
    });
    let refused = Signal::derive(move || match loaded.get() {
        Some(Err(api::Failed(id))) if id == "error-staff-invalid-period" => Some(id),
        _ => None,
    });
    view! {
        <A href="/staff" attr:class="back-link">{s("staff-to-inbox")}</A>
        <h1>{s("staff-overview-heading")}</h1>
        <PeriodForm shown=shown_period refused=refused />
        {move || match loaded.get() {
            None => view! { <p>{s("staff-loading")}</p> }.into_any(),
            // Said beside the field.
            Some(Err(api::Failed(id))) if id == "error-staff-invalid-period" => ().into_any(),
            Some(Err(api::Failed(id))) => view! { <p role="alert">{s(&id)}</p> }.into_any(),
            Some(Ok(o)) => {
                let csv = format!(
                    "/api/staff/overview?from={}&until={}&format=csv",
                    o.months.first().cloned().unwrap_or_default(),
                    o.months.last().cloned().unwrap_or_default(),
                );
                view! {
                    <p class="exports">
                        <a href=csv download="" rel="external" data-testid="overview-csv">{s("staff-overview-csv")}</a>
                    </p>
                    {figures(o)}
                }
                .into_any()
            }
        }}
    }
}

/// A bar chart as a table: a row per group with its name, a bar as long as its share of the
/// largest count, and the count. The columns' headings are the axes.
fn bars(caption: String, group: String, rows: Vec<(String, Count)>) -> impl IntoView + use<> {
    let label = caption.clone();
    let largest = rows
        .iter()
        .filter_map(|(_, c)| *c)
        .max()
        .unwrap_or(0)
        .max(1);
    let rows = rows
        .into_iter()
        .map(|(name, count)| {
            let length = format!("{}%", count.unwrap_or(0) * 100 / largest);
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td><span class="bar-line">
                        <span class="bar" aria-hidden="true" style:inline-size=length></span>
                        <span class="count">{shown(count)}</span>
                    </span></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
            <table class="bars">
                <caption class="visually-hidden">{caption}</caption>
                <thead><tr>
                    <th scope="col">{group}</th>
                    <th scope="col">{s("staff-overview-axis-count")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A series with its group's name: the counts per month and the period's.
type Named = (String, Vec<Count>, Count);

/// Each series named by `name` (one body for every kind of key: the page's code is not copied
/// for each).
fn named<K: Copy>(series: &[Series<K>], name: impl Fn(K) -> String) -> Vec<Named> {
    series
        .iter()
        .map(|s| (name(s.key), s.counts.clone(), s.total))
        .collect()
}

/// A figure per group for the period as bars, and month by month in a table behind a summary.
fn by_group(months: &[String], heading: &'static str, series: Vec<Named>) -> AnyView {
    let totals = series
        .iter()
        .map(|(name, _, total)| (name.clone(), *total))
        .collect();
    let months = months
        .iter()
        .map(|m| view! { <th scope="col">{m.clone()}</th> })
        .collect_view();
    let rows = series
        .into_iter()
        .map(|(name, counts, _)| {
            let cells = counts
                .into_iter()
                .map(|c| view! { <td>{shown(c)}</td> })
                .collect_view();
            view! { <tr><th scope="row">{name}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section class="overview-figure" data-testid=heading>
            <h2>{s(heading)}</h2>
            {bars(s(heading), s("staff-overview-col-group"), totals)}
            <details>
                <summary>{s_with("staff-overview-per-month-of", &[("figure", s(heading))])}</summary>
                <div class="table-scroll" role="region" tabindex="0" aria-label=s(heading)>
                    <table class="per-month">
                        <thead><tr><th scope="col">{s("staff-overview-col-group")}</th>{months}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
    .into_any()
}

/// Figures of one kind as a table of label and value.
fn facts(
    heading: &'static str,
    notes: Vec<String>,
    rows: Vec<(&'static str, String)>,
) -> impl IntoView + use<> {
    let rows = rows
        .into_iter()
        .map(|(label, value)| view! { <tr><th scope="row">{s(label)}</th><td>{value}</td></tr> })
        .collect_view();
    view! {
        <section class="overview-figure" data-testid=heading>
            <h2>{s(heading)}</h2>
            {notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
            <table class="profile-values"><tbody>{rows}</tbody></table>
        </section>
    }
}

/// "Mål: … Kilde: …": a target the municipality has set, with where it is from.
fn target<T>(target: &Option<Sourced<T>>, text: impl Fn(&T) -> String) -> Option<String> {
    target.as_ref().map(|t| {
        format!(
            "{} {}",
            s_with("staff-overview-target", &[("target", text(&t.value))]),
            s_with(
                "staff-overview-target-source",
                &[("source", t.source.clone())]
            ),
        )
    })
}

fn figures(o: Overview) -> impl IntoView {
    let targets = o.targets.clone();
    let targets = targets.as_ref();
    let waiting_target = targets.and_then(|t| {
        target(&t.waiting_list_below, |n| {
            s_with("staff-overview-target-waiting", &[("count", n.to_string())])
        })
    });
    let today = crate::format::date(o.made_on, "nb");
    let name = rules::municipality::resolve(&o.municipality, o.made_on).map_or_else(
        |_| o.municipality.clone(),
        |r| r.municipality.name.to_string(),
    );
    let lead = s_with(
        "staff-overview-lead",
        &[
            ("municipality", name),
            ("from", o.months.first().cloned().unwrap_or_default()),
            ("until", o.months.last().cloned().unwrap_or_default()),
        ],
    );
    let per_month = o
        .months
        .iter()
        .cloned()
        .zip(o.applications.iter().copied())
        .collect();
    let waiting: Vec<(String, Count)> = o
        .waiting_list
        .iter()
        .map(|(category, count)| (s(category.message_id()), *count))
        .collect();
    let t = &o.decision_times;
    let mut rows = vec![
        ("staff-overview-decided", shown(t.decided)),
        ("staff-overview-median-days", figure(t.median_days)),
        ("staff-overview-p90-days", figure(t.p90_days)),
    ];
    let mut notes = Vec::new();
    if let Some(g) = &o.guarantee {
        notes.push(format!(
            "{}. {}",
            s_with(
                "staff-overview-guarantee",
                &[("months", g.months.to_string())]
            ),
            s("staff-overview-guarantee-note")
        ));
        rows.push(("staff-overview-guarantee-decided", shown(g.decided)));
        rows.push(("staff-overview-guarantee-within", shown(g.within)));
        rows.push(("staff-overview-guarantee-percent", figure(g.percent)));
    }
    let times = facts("staff-overview-decision-times", notes, rows);
    let temporary = facts(
        "staff-overview-temporary",
        vec![s_with(
            "staff-overview-temporary-note",
            &[("date", today.clone())],
        )],
        vec![
            (
                "staff-overview-temporary-waiting",
                shown(o.temporary.waiting),
            ),
            (
                "staff-overview-temporary-beyond",
                shown(o.temporary.beyond_three_months),
            ),
            (
                "staff-overview-temporary-median-days",
                figure(o.temporary.median_days),
            ),
        ],
    );
    let st = &o.startlan;
    let startlan_targets = targets
        .map(|t| {
            let families = target(&t.startlan_families_with_children_percent, |p| {
                s_with(
                    "staff-overview-target-families",
                    &[("percent", p.to_string())],
                )
            });
            let tenants = target(&t.startlan_municipal_tenants_percent, |[from, to]| {
                s_with(
                    "staff-overview-target-tenants",
                    &[("from", from.to_string()), ("to", to.to_string())],
                )
            });
            families.into_iter().chain(tenants).collect()
        })
        .unwrap_or_default();
    let startlan = facts(
        "staff-overview-startlan",
        startlan_targets,
        vec![
            ("staff-overview-startlan-granted", shown(st.granted)),
            (
                "staff-overview-startlan-tenants",
                shown(st.to_municipal_tenants),
            ),
            (
                "staff-overview-startlan-families",
                shown(st.to_families_with_children),
            ),
            (
                "staff-overview-startlan-families-percent",
                figure(st.families_with_children_percent),
            ),
        ],
    );
    let by_help = named(&o.by_help, |k| tr("nb", help_name(k)));
    let by_help = by_group(&o.months, "staff-overview-by-help", by_help);
    let by_urgency = named(&o.by_urgency, |k| s(urgency_message_id(k)));
    let by_urgency = by_group(&o.months, "staff-overview-by-urgency", by_urgency);
    let by_household = named(&o.by_household, |k| s(k.message_id()));
    let by_household = by_group(&o.months, "staff-overview-by-household", by_household);
    view! {
        <p data-testid="overview-lead">{lead}</p>
        <p>{s("staff-overview-suppressed")}</p>
        <section class="overview-figure" data-testid="staff-overview-applications-per-month">
            <h2>{s("staff-overview-applications-per-month")}</h2>
            {bars(s("staff-overview-applications-per-month"), s("staff-overview-col-month"), per_month)}
        </section>
        {by_help}
        <p>{s("staff-overview-by-help-note")}</p>
        {by_urgency}
        {by_household}
        <section class="overview-figure" data-testid="staff-overview-waiting-list">
            <h2>{s("staff-overview-waiting-list")}</h2>
            <p>{s_with("staff-overview-waiting-note", &[("date", today)])}</p>
            {waiting_target.map(|t| view! { <p data-testid="overview-target">{t}</p> })}
            {bars(s("staff-overview-waiting-list"), s("staff-overview-col-group"), waiting)}
            <p data-testid="overview-waiting-total">{s("staff-overview-waiting-total")}": "{shown(o.waiting_total)}</p>
        </section>
        {times}
        {temporary}
        {startlan}
    }
}
