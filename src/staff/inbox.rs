//! The inbox: applications the signed-in staff member may see, newest first, a page at a time
//! ("Viser 1–50 av 1 234", next and previous), with filters and export of everything the
//! filters cover (a real download: the router leaves the links to the browser).

use leptos::{prelude::*, task::spawn_local};
use leptos_router::components::A;
use rules::{needs::HelpKind, wire::ApplicationStatus};

use super::{Session, api, pages::Pages, status_name, text::s};
use crate::components::ltr::typed;
use crate::routes::needs_check::help_name;

/// The API's name for a kind of help (its JSON value).
fn help_value(kind: HelpKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The municipality number the filter's text names, or the text as typed.
fn filter_number(text: &str) -> String {
    match rules::municipality::lookup(text, crate::economy::today()) {
        rules::municipality::Lookup::Found(r) => r.municipality.number.to_string(),
        _ => text.trim().to_string(),
    }
}

/// The years a date filter may name (the server refuses others: `routes/staff/filters.rs`).
const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// A date filter as the browser's date field gives it: empty, a day (`YYYY-MM-DD`), or text the
/// field could not read as a day (31 February, a half-typed date), which is `Bad`, never "no
/// filter": a list that looks filtered and is not would mislead.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DateFilter {
    Empty,
    Day(chrono::NaiveDate),
    Bad,
}

impl DateFilter {
    fn read(value: &str, bad_input: bool) -> Self {
        match value.trim() {
            "" if bad_input => Self::Bad,
            "" => Self::Empty,
            text => match rules::iso_date::parse(text) {
                Some(day) if YEARS.contains(&chrono::Datelike::year(&day)) => Self::Day(day),
                _ => Self::Bad,
            },
        }
    }

    fn query(&self) -> String {
        match self {
            Self::Day(day) => {
                use chrono::Datelike;
                format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
            }
            Self::Empty | Self::Bad => String::new(),
        }
    }
}

/// What is wrong with the two date filters, as (field id, message id): a date that is not a
/// day, or a "to" before the "from".
fn date_problem(from: &DateFilter, to: &DateFilter) -> Option<(&'static str, &'static str)> {
    match (from, to) {
        (DateFilter::Bad, _) => Some(("from", "error-staff-invalid-date")),
        (_, DateFilter::Bad) => Some(("to", "error-staff-invalid-date")),
        (DateFilter::Day(f), DateFilter::Day(t)) if t < f => Some(("to", "error-staff-date-order")),
        _ => None,
    }
}

/// Whether the browser could not read what was typed in the input that sent `ev` as a value
/// (`validity.badInput`), read without a web-sys feature for one flag.
fn bad_input(ev: &leptos::ev::Event) -> bool {
    ev.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"validity".into()).ok())
        .and_then(|v| js_sys::Reflect::get(&v, &"badInput".into()).ok())
        .and_then(|b| b.as_bool())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> DateFilter {
        DateFilter::read(text, false)
    }

    #[test]
    fn a_date_the_field_cannot_read_is_a_problem_not_an_empty_filter() {
        assert_eq!(DateFilter::read("", true), DateFilter::Bad);
        assert_eq!(DateFilter::read("", false), DateFilter::Empty);
        assert_eq!(day("0001-02-03"), DateFilter::Bad);
        assert_eq!(day("2026-02-31"), DateFilter::Bad);
        assert_eq!(
            date_problem(&DateFilter::Bad, &DateFilter::Empty),
            Some(("from", "error-staff-invalid-date"))
        );
        assert_eq!(
            date_problem(&day("2026-03-01"), &day("2026-02-01")),
            Some(("to", "error-staff-date-order"))
        );
        assert_eq!(date_problem(&day("2026-02-01"), &day("2026-02-01")), None);
        assert_eq!(day("2026-02-01").query(), "2026-02-01");
    }
}

#[component]
pub fn Inbox() -> impl IntoView {
    let session = expect_context::<Session>();
    let status = RwSignal::new(String::new());
    let from = RwSignal::new(DateFilter::Empty);
    let to = RwSignal::new(DateFilter::Empty);
    let problem = Memo::new(move |_| date_problem(&from.get(), &to.get()));
    let help = RwSignal::new(String::new());
    let municipality = RwSignal::new(String::new());
    let lines = RwSignal::new(None::<Result<api::InboxPage, api::Failed>>);
    let query = Memo::new(move |_| {
        let parts: Vec<String> = [
            ("status", status.get()),
            ("from", from.get().query()),
            ("to", to.get().query()),
            ("help", help.get()),
            ("municipality", municipality.get()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", String::from(js_sys::encode_uri_component(&v))))
        .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    });
    let pages = Pages::new(query);
    // The list follows the filters and the page; an answer to an earlier request is dropped.
    let asked = StoredValue::new(0u64);
    Effect::new(move |_| {
        let q = pages.query_with_cursor();
        asked.update_value(|n| *n += 1);
        if problem.get().is_some() {
            // Nothing is listed while a filter cannot be used (see the message by the field).
            return;
        }
        let mine = asked.get_value();
        spawn_local(async move {
            let page = api::list(&q).await;
            // try_: the inbox may be gone when the answer comes (a read of what is gone panics,
            // and a panic stops the whole app).
            if asked.try_get_value() == Some(mine) {
                lines.set(Some(page));
            }
        });
    });
    let export = move |format: &str| {
        let q = query.get();
        let sep = if q.is_empty() { '?' } else { '&' };
        format!("/api/staff/export{q}{sep}format={format}")
    };
    let select = |id: &'static str,
                  label: &'static str,
                  value: RwSignal<String>,
                  options: Vec<(String, String)>| {
        let options = options
            .into_iter()
            .map(|(v, name)| view! { <option value=v.clone() selected=move || value.get() == v>{name}</option> })
            .collect_view();
        view! {
            <div class="field">
                <label for=id>{s(label)}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                    <option value="">{s("staff-filter-all")}</option>
                    {options}
                </select>
            </div>
        }
    };
    let date = move |id: &'static str, label: &'static str, value: RwSignal<DateFilter>| {
        let error = move || {
            problem
                .get()
                .filter(|(field, _)| *field == id)
                .map(|(_, m)| m)
        };
        let error_id = format!("{id}-error");
        let described = error_id.clone();
        view! {
            <div class="field">
                <label for=id>{s(label)}</label>
                // The field keeps what was typed; a date it cannot read is said beside it.
                <input type="date" id=id
                    aria-invalid=move || error().is_some().then_some("true")
                    aria-describedby=move || error().is_some().then(|| described.clone())
                    // A date the field cannot read changes no value, so no "change" comes:
                    // leaving the field, or any edit, reads it again.
                    on:change=move |ev| value.set(DateFilter::read(&event_target_value(&ev), bad_input(&ev)))
                    on:input=move |ev| value.set(DateFilter::read(&event_target_value(&ev), bad_input(&ev)))
                    on:blur=move |ev| value.set(DateFilter::read(&event_target_value(&ev), bad_input(&ev))) />
                {move || error().map(|m| view! { <p class="error-message" id=error_id.clone()>{s(m)}</p> })}
            </div>
        }
    };
    let statuses = ApplicationStatus::ALL
        .into_iter()
        .map(|v| (v.as_str().to_string(), status_name(v)))
        .collect();
    let helps = HelpKind::ALL
        .iter()
        .map(|k| (help_value(*k), super::text::tr("nb", help_name(*k))))
        .collect();
    view! {
        <h1>{s("staff-inbox-heading")}</h1>
        {session.is_caseworker().then(|| view! { <super::appeal::OpenAppeals /> })}
        <form class="filters" on:submit=|ev| ev.prevent_default()>
            {select("status", "staff-filter-status", status, statuses)}
            {date("from", "staff-filter-from", from)}
            {date("to", "staff-filter-to", to)}
            {select("help", "staff-filter-help", help, helps)}
            <div class="field">
                <label for="municipality">{s("staff-filter-municipality")}</label>
                // A number or a name as people write it ("Bærum", "Baerum", "0219"): the list is
                // filtered by the number in force it names; text that names none is sent as typed.
                <input type="text" id="municipality" autocomplete="off"
                    prop:value=move || municipality.get()
                    on:change=move |ev| municipality.set(filter_number(&event_target_value(&ev))) />
            </div>
        </form>
        {move || session.is_caseworker().then(|| view! {
            <p class="exports">
                // `download` and rel="external": the router leaves the click to the browser.
                <a href=move || export("csv") download="" rel="external" data-testid="export-csv">{s("staff-export-csv")}</a>
                " · "
                <a href=move || export("json") download="" rel="external" data-testid="export-json">{s("staff-export-json")}</a>
            </p>
        })}
        {move || match lines.get() {
            _ if problem.get().is_some() => view! { <p class="error-message" role="alert" data-testid="inbox-filter-problem">{s("staff-inbox-filter-problem")}</p> }.into_any(),
            None => view! { <p>{s("staff-loading")}</p> }.into_any(),
            Some(Err(api::Failed(id))) => view! { <p class="error-message">{s(&id)}</p> }.into_any(),
            // A front desk sees only what it sent: with nothing sent yet, say so and where to start,
            // rather than "nothing matches the filter" when no filter is set.
            Some(Ok(page)) if page.lines.is_empty() && !session.is_caseworker() && query.get().is_empty() => view! {
                <p data-testid="inbox-empty">{s("staff-inbox-empty-front-desk")}</p>
                <p><a href="/" rel="external">{s("staff-to-resident-pages")}</a></p>
            }.into_any(),
            Some(Ok(page)) if page.lines.is_empty() => view! { <p data-testid="inbox-empty">{s("staff-inbox-empty")}</p> }.into_any(),
            Some(Ok(page)) => {
                let pager = pages.view(&page);
                let rows = page.lines.into_iter().map(|l| {
                    let help = l.help_wanted.iter().map(|k| super::text::tr("nb", help_name(*k))).collect::<Vec<_>>().join(", ");
                    let urgent = matches!(l.urgency, Some(rules::needs::Urgency::Emergency | rules::needs::Urgency::High));
                    view! {
                        <tr data-testid="inbox-line">
                            <td><A href=format!("/staff/applications/{}", l.reference)>{l.reference.clone()}</A></td>
                            <td>{l.received_at.date_naive().to_string()}</td>
                            // Typed by the resident, in any script.
                            <td>{typed(l.name)}</td>
                            <td>{status_name(l.status)}</td>
                            <td>{help}</td>
                            <td>
                                {urgent.then(|| view! { <span class="tag urgent">{s("staff-urgent")}</span> })}
                                {l.on_behalf.then(|| view! { <span class="tag">{s("staff-on-behalf")}</span> })}
                                {l.estimate_differs.then(|| view! { <span class="tag">{s("staff-estimate-differs")}</span> })}
                            </td>
                        </tr>
                    }
                }).collect_view();
                view! {
                    {pager}
                    <div class="table-scroll">
                        <table class="inbox">
                            <caption class="visually-hidden">{s("staff-inbox-heading")}</caption>
                            <thead><tr>
                                <th scope="col">{s("staff-col-reference")}</th>
                                <th scope="col">{s("staff-col-received")}</th>
                                <th scope="col">{s("staff-col-name")}</th>
                                <th scope="col">{s("staff-col-status")}</th>
                                <th scope="col">{s("staff-col-help")}</th>
                                <th scope="col">{s("staff-col-marks")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }
        }}
    }
}
