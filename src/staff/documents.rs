//! The documents on an application, for staff: what the municipality asks for (the checklist
//! of the help applied for, as the applicant sees it), ticked where a document is attached, each
//! document as a download (audited by the server, always saved as a file, never shown in the
//! page), and a form to attach one for the applicant (`AttachForm`).

use std::sync::Arc;

use leptos::{prelude::*, task::spawn_local};
use rules::{
    documents::{DocumentKind, DocumentView, MediaType, checklist},
    needs::HelpKind,
};
use wasm_bindgen::JsCast;

use super::{
    Session,
    text::{s, s_with},
};
use crate::{
    components::focus,
    format,
    upload::{self, Holder, Stopped},
};

fn line(reference: &str, document: &DocumentView) -> impl IntoView + use<> {
    let size =
        rust_decimal::Decimal::from(document.size) / rust_decimal::Decimal::from(1_048_576u32);
    let label = s_with(
        "staff-document-line",
        &[
            ("kind", s(document.kind.message_id())),
            (
                "type",
                document.media_type.map_or("", MediaType::label).to_string(),
            ),
            (
                "size",
                format::number(size.round_dp(1).max(rust_decimal::Decimal::new(1, 1)), "nb"),
            ),
            ("date", format::date(document.added_on, "nb")),
        ],
    );
    let href = format!(
        "/api/staff/applications/{reference}/documents/{}",
        document.id
    );
    view! {
        <li><a href=href download data-testid="document-download">{label}</a></li>
    }
}

#[component]
pub fn DocumentsPart(
    reference: String,
    help_wanted: Vec<HelpKind>,
    documents: Vec<DocumentView>,
    /// After a document is attached here: the application is read again.
    on_attached: Callback<()>,
) -> impl IntoView {
    let asked = checklist(&help_wanted);
    let form = view! { <AttachForm reference=reference.clone() asked=asked.clone() on_done=on_attached /> };
    let has = |kind: DocumentKind| documents.iter().any(|d| d.kind == kind);
    let items = asked
        .iter()
        .map(|kind| {
            let done = has(*kind);
            view! {
                <li data-testid="checklist-item" data-done=done.to_string()>
                    <span aria-hidden="true">{if done { "✓ " } else { "○ " }}</span>
                    {s(kind.message_id())}": "
                    {if done { s("staff-documents-attached") } else { s("staff-documents-missing") }}
                </li>
            }
        })
        .collect_view();
    let lines = documents.iter().map(|d| line(&reference, d)).collect_view();
    view! {
        <section aria-labelledby="staff-documents-heading" data-testid="application-documents">
            <h2 id="staff-documents-heading">{s("staff-documents-heading")}</h2>
            {(!asked.is_empty()).then(|| view! {
                <p>{s("staff-documents-asked")}</p>
                <ul class="plain">{items}</ul>
            })}
            {if documents.is_empty() {
                view! { <p>{s("staff-documents-none")}</p> }.into_any()
            } else {
                view! {
                    <p class="small">{s("staff-documents-download")}</p>
                    <ul>{lines}</ul>
                }
                .into_any()
            }}
            {form}
        </section>
    }
}

/// A document attached for the applicant: the kind, the file, and how far it has come. Made
/// for a walk-in at the front desk with the papers in hand (or a caseworker with a letter
/// received by post): the same checks, parts and resume as the applicant's own
/// (`crate::upload`).
#[component]
fn AttachForm(reference: String, asked: Vec<DocumentKind>, on_done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let kinds: Vec<DocumentKind> = asked
        .into_iter()
        .chain(std::iter::once(DocumentKind::Other))
        .collect();
    let kind = RwSignal::new(kinds[0]);
    let file = RwSignal::new_local(None::<web_sys::File>);
    let state = RwSignal::new(None::<Attaching>);
    let problem = RwSignal::new(None::<&'static str>);
    let held = StoredValue::new_local(None::<(String, Arc<Vec<u8>>)>);
    let reference = StoredValue::new(reference);
    // Also called when an answer comes: try_, as the page may be gone by then.
    let go_on = move || {
        let (Some(Some((id, bytes))), Some(reference)) =
            (held.try_get_value(), reference.try_get_value())
        else {
            return;
        };
        let holder = Holder::staff(&reference, &session.csrf());
        state.set(Some(Attaching::Sending(0)));
        spawn_local(async move {
            let size = bytes.len() as u64;
            let progress = move |received: u64| {
                state.set(Some(Attaching::Sending(
                    (received * 100).checked_div(size).unwrap_or(0),
                )))
            };
            match upload::send_rest(&holder, &id, &bytes, progress).await {
                Ok(_) => {
                    held.set_value(None);
                    state.set(None);
                    _ = on_done.try_run(());
                }
                Err(Stopped::Unreachable) => state.set(Some(Attaching::Paused)),
                Err(Stopped::Refused(id)) => {
                    held.set_value(None);
                    state.set(None);
                    problem.set(Some(id));
                }
            }
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if state.get_untracked().is_some() {
            return;
        }
        let Some(chosen) = file.get_untracked() else {
            problem.set(Some("staff-documents-error-file"));
            focus::by_id("attach-file");
            return;
        };
        problem.set(None);
        state.set(Some(Attaching::Preparing));
        let holder = Holder::staff(&reference.get_value(), &session.csrf());
        let kind = kind.get_untracked();
        spawn_local(async move {
            let prepared = match upload::prepare(&chosen).await {
                Ok(p) => p,
                Err(refusal) => {
                    state.set(None);
                    problem.set(Some(refusal.message_id()));
                    return;
                }
            };
            match upload::start(&holder, kind, prepared.bytes.len() as u64).await {
                Ok(view) => {
                    held.set_value(Some((view.id, prepared.bytes)));
                    go_on();
                }
                Err(Stopped::Unreachable) => {
                    state.set(None);
                    problem.set(Some("documents-error-send"));
                }
                Err(Stopped::Refused(id)) => {
                    state.set(None);
                    problem.set(Some(id));
                }
            }
        });
    };
    let progress = move || {
        state.get().map(|attaching| match attaching {
            Attaching::Preparing => view! { <p role="status">{s("documents-preparing")}</p> }.into_any(),
            Attaching::Sending(percent) => view! {
                <p role="status"><progress max="100" value=percent.to_string()></progress>" "
                    {s_with("staff-documents-sending", &[("percent", percent.to_string())])}</p>
            }
            .into_any(),
            Attaching::Paused => view! {
                <p role="alert" class="notice">{s("documents-paused")}" "
                    <button type="button" class="button secondary" on:click=move |_| go_on()>{s("documents-retry")}</button></p>
            }
            .into_any(),
        })
    };
    view! {
        <form class="staff-action" data-testid="attach-form" on:submit=submit novalidate>
            <h3>{s("staff-documents-attach")}</h3>
            <div class="field">
                <label for="attach-kind">{s("staff-documents-kind")}</label>
                <select id="attach-kind" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Some(k) = DocumentKind::ALL.into_iter().find(|k| k.as_str() == value) {
                        kind.set(k);
                    }
                }>
                    {kinds.iter().map(|k| {
                        let k = *k;
                        view! { <option value=k.as_str() selected=move || kind.get() == k>{s(k.message_id())}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="attach-file">{s("staff-documents-file")}</label>
                {move || problem.get().map(|id| view! { <p class="error-message" id="attach-file-error" data-testid="attach-error">{s(id)}</p> })}
                <input type="file" id="attach-file" data-testid="attach-file"
                    accept="application/pdf,image/jpeg,image/png,image/heic,image/heif,.pdf,.jpg,.jpeg,.png,.heic,.heif"
                    aria-describedby=move || problem.get().map(|_| "attach-file-error")
                    on:change=move |ev| {
                        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
                        file.set(input.and_then(|i| i.files()).and_then(|f| f.get(0)));
                        problem.set(None);
                    } />
            </div>
            {progress}
            <button type="submit" class="button" data-testid="attach-send" disabled=move || state.get().is_some()>
                {s("staff-documents-send")}
            </button>
        </form>
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attaching {
    Preparing,
    Sending(u64),
    Paused,
}
