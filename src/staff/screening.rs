//! `/staff/screening`: the startlån screening of the municipality's tenants (issue 19), for a
//! caseworker: upload the tenant list (docs/tenant-list.md), read every household's largest
//! loan, what it reaches and what stands in the way, beside the run before; the runs made so far;
//! delete a run no longer needed. The run opened is in the address (`?run=ID`), so a reload and
//! Back show it again. The screening itself is the server's (`rules::screening`).

use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::{use_navigate, use_query_map};
use rules::screening::{ListProblem, RunLine, ScreeningRun};
use wasm_bindgen::JsCast;

use super::{
    Session, api,
    pages::grouped,
    screening_run::RunShown,
    text::{s, s_with},
};
use crate::format;

/// The file's first line and a household, as the format help shows them.
const EXAMPLE: &str = "husstand;voksne;par;barn;inntekter;gjeld_per_maned;gjeld;husleie;egenkapital;fast_inntekt;samtykke\nB-1043;2;ja;4 9;520 000 + 310 000;0;0;14 000;60 000;ja;02.11.2026";

#[component]
pub fn ScreeningPage() -> impl IntoView {
    let query = use_query_map();
    let opened = Memo::new(move |_| query.read().get("run").and_then(|v| v.parse::<i64>().ok()));
    let runs = RwSignal::new(None::<Result<Vec<RunLine>, api::Failed>>);
    let load_runs = move || spawn_local(async move { runs.set(Some(api::screenings().await)) });
    load_runs();
    let run = RwSignal::new(None::<Result<ScreeningRun, api::Failed>>);
    // "Deleted" is said until another run is opened or made.
    let notice = RwSignal::new(false);
    Effect::new(move || {
        run.set(None);
        if let Some(id) = opened.get() {
            notice.set(false);
            spawn_local(async move {
                let answer = api::screening(id).await;
                // try_: the page may be gone, or another run opened meanwhile.
                if opened.try_get_untracked() == Some(Some(id)) {
                    run.set(Some(answer));
                }
            });
        }
    });
    // After a list is screened the run's heading takes the focus; after a deletion, the notice.
    let made = StoredValue::new(None::<i64>);
    Effect::new(move || {
        if let Some(Ok(r)) = run.get()
            && made.get_value() == Some(r.line.id)
        {
            made.set_value(None);
            request_animation_frame(|| crate::components::focus::by_id("screening-run-heading"));
        }
    });
    let navigate = use_navigate();
    let open = move |id: Option<i64>| {
        let to = id.map_or_else(
            || "/staff/screening".into(),
            |id| format!("/staff/screening?run={id}"),
        );
        navigate(&to, Default::default());
    };
    let open_too = open.clone();
    let on_screened = Callback::new(move |id: i64| {
        made.set_value(Some(id));
        load_runs();
        open_too(Some(id));
    });
    let on_deleted = Callback::new(move |()| {
        notice.set(true);
        load_runs();
        open(None);
        request_animation_frame(|| crate::components::focus::by_id("screening-deleted"));
    });
    view! {
        <h1>{s("staff-screening-heading")}</h1>
        <p>{s("staff-screening-lead")}</p>
        <details class="format-help">
            <summary>{s("staff-screening-format")}</summary>
            <p>{s("staff-screening-format-text")}</p>
            <p>{s("staff-screening-format-columns")}</p>
            <div class="table-scroll" role="region" tabindex="0" aria-label=s("staff-screening-example")>
                <pre translate="no">{EXAMPLE}</pre>
            </div>
        </details>
        <ListForm on_screened=on_screened />
        <p role="status" id="screening-deleted" tabindex="-1">
            {move || notice.get().then(|| s("staff-screening-deleted"))}
        </p>
        {move || match run.get() {
            Some(Ok(r)) => view! { <RunShown run=r on_deleted=on_deleted /> }.into_any(),
            Some(Err(api::Failed(id))) => view! { <p role="alert">{s(&id)}</p> }.into_any(),
            None if opened.get().is_some() => view! { <p>{s("staff-loading")}</p> }.into_any(),
            None => ().into_any(),
        }}
        <h2>{s("staff-screening-runs")}</h2>
        {move || match runs.get() {
            None => view! { <p>{s("staff-loading")}</p> }.into_any(),
            Some(Err(api::Failed(id))) => view! { <p role="alert">{s(&id)}</p> }.into_any(),
            Some(Ok(lines)) if lines.is_empty() => view! { <p>{s("staff-screening-runs-none")}</p> }.into_any(),
            Some(Ok(lines)) => runs_table(lines, opened).into_any(),
        }}
    }
}

/// The runs, the one open marked as the current one (a router link would mark every one: they
/// share the path).
fn runs_table(lines: Vec<RunLine>, opened: Memo<Option<i64>>) -> impl IntoView {
    let rows = lines
        .into_iter()
        .map(|l| {
            let date = format::date(l.run_on, "nb");
            let name = s_with(
                "staff-screening-run-name",
                &[("date", date), ("number", l.id.to_string())],
            );
            let id = l.id;
            let current = move || (opened.get() == Some(id)).then_some("true");
            view! {
                <tr>
                    <th scope="row"><a href=format!("/staff/screening?run={id}") aria-current=current>{name}</a></th>
                    <td>{grouped(l.households.into())}</td>
                    <td>{grouped(l.could_buy.into())}</td>
                    <td>{grouped(l.carries_a_loan.into())}</td>
                    <td>{grouped(l.not_now.into())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=s("staff-screening-runs")>
            <table data-testid="screening-runs">
                <thead><tr>
                    <th scope="col">{s("staff-screening-col-date")}</th>
                    <th scope="col">{s("staff-screening-col-households")}</th>
                    <th scope="col">{s("staff-screening-outlook-could-buy")}</th>
                    <th scope="col">{s("staff-screening-outlook-carries")}</th>
                    <th scope="col">{s("staff-screening-outlook-not-now")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A problem of the list as said in the summary: its line, and its column where it has one.
fn problem_text(p: &ListProblem) -> String {
    let message = s(&p.message_id);
    match &p.column {
        Some(column) => s_with(
            "staff-screening-problem",
            &[
                ("line", p.line.to_string()),
                ("column", column.clone()),
                ("message", message),
            ],
        ),
        None => s_with(
            "staff-screening-problem-line",
            &[("line", p.line.to_string()), ("message", message)],
        ),
    }
}

/// The upload: a file chosen, sent as it is (the server reads its encoding), and what was wrong
/// with it listed by line, the file still chosen to send again once mended.
#[component]
fn ListForm(on_screened: Callback<i64>) -> impl IntoView {
    let session = expect_context::<Session>();
    let file = RwSignal::new_local(None::<web_sys::File>);
    let problems = RwSignal::new(Vec::<ListProblem>::new());
    let failed = RwSignal::new(None::<String>);
    let sending = RwSignal::new(false);
    let summary = NodeRef::<leptos::html::Div>::new();
    let focus_summary = move || {
        request_animation_frame(move || {
            if let Some(el) = summary.get_untracked() {
                let _ = el.focus();
            }
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        problems.set(Vec::new());
        let Some(chosen) = file.get_untracked() else {
            failed.set(Some("staff-screening-choose-file".into()));
            if let Some(input) = document().get_element_by_id("screening-file") {
                let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
            }
            return;
        };
        failed.set(None);
        sending.set(true);
        let csrf = session.csrf();
        spawn_local(async move {
            let bytes = match crate::upload::bytes_of(&chosen).await {
                Ok(bytes) => bytes,
                Err(()) => {
                    failed.set(Some("staff-screening-unreadable".into()));
                    sending.set(false);
                    return;
                }
            };
            match api::screen_list(&bytes, &csrf).await {
                Ok(run) => {
                    // Sent: the field is emptied, so the same file is not sent twice by mistake.
                    file.set(None);
                    if let Some(input) = document()
                        .get_element_by_id("screening-file")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        input.set_value("");
                    }
                    _ = on_screened.try_run(run.line.id);
                }
                Err(api::ListNotUsed::Problems(found)) => {
                    problems.set(found);
                    focus_summary();
                }
                Err(api::ListNotUsed::Failed(api::Failed(id))) => {
                    failed.set(Some(id));
                    focus_summary();
                }
            }
            sending.set(false);
        });
    };
    let field_error = move || {
        failed
            .get()
            .filter(|id| id == "staff-screening-choose-file")
            .map(|id| view! { <p class="error-message" id="screening-file-error">{s(&id)}</p> })
    };
    view! {
        <div class="error-summary" role="alert" tabindex="-1" node_ref=summary data-testid="screening-problems"
            hidden=move || problems.with(Vec::is_empty) && failed.get().is_none_or(|id| id == "staff-screening-choose-file")>
            {move || (!problems.with(Vec::is_empty)).then(|| view! {
                <h2>{s("error-tenants-invalid")}</h2>
                <ul>{problems.get().iter().map(|p| view! { <li>{problem_text(p)}</li> }).collect_view()}</ul>
            })}
            {move || failed.get().filter(|id| id != "staff-screening-choose-file").map(|id| view! { <p>{s(&id)}</p> })}
        </div>
        <form class="staff-action" on:submit=submit novalidate data-testid="screening-form">
            <div class="field" class:field-invalid=move || field_error().is_some()>
                <label for="screening-file">{s("staff-screening-file")}</label>
                {field_error}
                <input type="file" id="screening-file" accept=".csv,text/csv"
                    aria-describedby=move || field_error().is_some().then_some("screening-file-error")
                    on:change=move |ev| {
                        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
                        file.set(input.and_then(|i| i.files()).and_then(|f| f.get(0)));
                        failed.set(None);
                    } />
            </div>
            <button type="submit" class="button" disabled=move || sending.get()>
                {move || s(if sending.get() { "staff-screening-sending" } else { "staff-screening-send" })}
            </button>
        </form>
    }
}
