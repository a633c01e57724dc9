//! The documents (`/case/documents`): what the municipality asks for, as a checklist from the
//! help applied for (the needs result's "what to bring"), each item ticked once a document of it
//! is attached; a photo or a file for each, sent in parts with its progress, resumed where the
//! server got to when the connection comes back; and "other documents". Read and sent with the
//! receipt on this device.
//!
//! The same page before the application is sent (`/case/attach`, from its check page): the
//! checklist from the help chosen in the draft, each document kept on this device
//! (`upload::waiting`) until the application is sent; then this page, opened from the receipt,
//! sends them by itself, each resumed where the server got to.

use std::sync::Arc;

use leptos::{prelude::*, task::spawn_local};
use rules::{
    documents::{DocumentKind, DocumentView, Documents, MediaType, checklist},
    needs::HelpKind,
};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;

use super::{
    language::Chosen,
    twin::{self, tw, twin},
};
use crate::{
    components::focus,
    economy::today,
    format,
    i18n::catalog,
    routes::apply::{
        DRAFT_KEY,
        receipt::{RECEIPT_KEY, SavedReceipt},
    },
    upload::{self, Holder, Stopped, waiting},
};

#[derive(Debug, Clone, PartialEq)]
enum Listed {
    Waiting,
    NoReceipt,
    /// Before sending, with no application being written on this device.
    NoDraft,
    Here(Documents),
    Unreachable,
}

/// A document on its way from this page.
#[derive(Debug, Clone, PartialEq)]
struct Sending {
    /// This page's own number for it.
    key: u32,
    kind: DocumentKind,
    bytes: Option<Arc<Vec<u8>>>,
    /// The server's id, once started.
    id: Option<String>,
    /// Bytes the server has.
    received: u64,
    state: SendState,
    /// Its number on this device, when it was attached before the application was sent.
    waiting: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SendState {
    /// Being read, or made smaller, on the phone.
    Preparing,
    Sending,
    /// No connection: goes on when it is back, or on "Try again".
    Paused,
}

/// A refusal beside an item: the kind it is about and the message.
type Problem = (DocumentKind, &'static str);

/// The help chosen in the application's draft on this device: `None` without a draft.
fn help_in_draft() -> Option<Vec<HelpKind>> {
    #[derive(serde::Deserialize)]
    struct Draft {
        help_wanted: Option<Vec<HelpKind>>,
    }
    crate::storage::load::<Draft>(DRAFT_KEY).map(|d| d.help_wanted.unwrap_or_default())
}

/// What waits on this device before sending, listed as the server lists what it has.
fn on_device(help: &[HelpKind]) -> Documents {
    Documents {
        checklist: checklist(help),
        documents: waiting::list().iter().map(waiting::Waiting::view).collect(),
    }
}

fn size_text(bytes: u64, lang: &str) -> String {
    let mb = (Decimal::from(bytes) / Decimal::from(1_048_576u32)).round_dp(1);
    if mb < Decimal::new(1, 1) {
        let kb = (Decimal::from(bytes) / Decimal::from(1024u32))
            .round_dp(0)
            .max(Decimal::ONE);
        format!("{} kB", format::number(kb, lang))
    } else {
        format!("{} MB", format::number(mb, lang))
    }
}

/// The documents of the application sent, or (`before_sending`) of the one being written.
#[component]
pub fn DocumentsPage(#[prop(optional)] before_sending: bool) -> impl IntoView {
    let chosen = expect_context::<Chosen>();
    // Before sending, nothing goes to the server: no holder.
    let receipt = (!before_sending)
        .then(|| crate::storage::load::<SavedReceipt>(RECEIPT_KEY))
        .flatten();
    let holder = StoredValue::new(
        receipt.and_then(|r| Some(Holder::receipt(&r.reference, r.secret.as_deref()?))),
    );
    let listed = RwSignal::new(Listed::Waiting);
    let sending = RwSignal::new(Vec::<Sending>::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    // Said to a screen reader when a document has gone.
    let announced = RwSignal::new(String::new());
    let next_key = StoredValue::new(0u32);
    // One of the documents brought from before sending was refused (said beside its item).
    let brought_refused = RwSignal::new(false);
    // Says to a screen reader what became of a document of `kind` (`id`: "Sent: …").
    let announce = move |kind: DocumentKind, id: &'static str| {
        let lang = chosen.shown();
        announced.set(catalog::text(
            lang,
            id,
            &[("what", catalog::text(lang, kind.message_id(), &[]).into())],
        ));
    };

    let refresh = move || {
        if before_sending {
            listed.set(
                help_in_draft().map_or(Listed::NoDraft, |help| Listed::Here(on_device(&help))),
            );
            return;
        }
        let Some(holder) = holder.get_value() else {
            listed.set(Listed::NoReceipt);
            return;
        };
        spawn_local(async move {
            match upload::list(&holder).await {
                Ok(documents) => listed.set(Listed::Here(documents)),
                Err(_) if matches!(listed.try_get_untracked(), Some(Listed::Here(_))) => {}
                Err(_) => listed.set(Listed::Unreachable),
            }
        });
    };
    refresh();

    let update = move |key: u32, change: &dyn Fn(&mut Sending)| {
        sending.update(|all| {
            if let Some(s) = all.iter_mut().find(|s| s.key == key) {
                change(s);
            }
        });
    };
    // Why sending `key` stopped: paused until the connection is back, or refused beside its item.
    let stop = move |key: u32, kind: DocumentKind, stopped: Stopped| match stopped {
        Stopped::Unreachable => update(key, &|s| s.state = SendState::Paused),
        Stopped::Refused(message) => {
            let (id, number) = sending
                .with_untracked(|all| {
                    all.iter()
                        .find(|s| s.key == key)
                        .map(|s| (s.id.clone(), s.waiting))
                })
                .unwrap_or_default();
            sending.update(|all| all.retain(|s| s.key != key));
            // Refused, it would be refused again: the device keeps it no longer.
            if let Some(number) = number {
                brought_refused.set(true);
                spawn_local(waiting::forget(number));
            }
            problems.update(|all| {
                all.retain(|(k, _)| *k != kind);
                all.push((kind, message));
            });
            // What was started of it is of no use to anyone.
            if let (Some(id), Some(holder)) = (id, holder.get_value()) {
                spawn_local(async move {
                    let _ = upload::remove(&holder, &id).await;
                    refresh();
                });
            }
        }
    };
    // Sends what is left of `key`, from where the server got to.
    let go_on = move |key: u32| {
        let Some(holder) = holder.get_value() else {
            return;
        };
        let Some(item) = sending.with_untracked(|all| all.iter().find(|s| s.key == key).cloned())
        else {
            return;
        };
        let Some(bytes) = item.bytes.clone() else {
            return;
        };
        update(key, &|s| s.state = SendState::Sending);
        spawn_local(async move {
            let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
            let id = match item.id {
                Some(id) => id,
                None => match upload::start(&holder, item.kind, size).await {
                    Ok(view) => {
                        let id = view.id.clone();
                        update(key, &|s| s.id = Some(view.id.clone()));
                        if let Some(number) = item.waiting {
                            waiting::started(number, &id);
                        }
                        id
                    }
                    Err(stopped) => return stop(key, item.kind, stopped),
                },
            };
            let progress = move |received: u64| update(key, &|s| s.received = received);
            match upload::send_rest(&holder, &id, &bytes, progress).await {
                Ok(_) => {
                    if let Some(number) = item.waiting {
                        waiting::forget(number).await;
                    }
                    sending.update(|all| all.retain(|s| s.key != key));
                    announce(item.kind, "documents-sent");
                    refresh();
                }
                Err(stopped) => stop(key, item.kind, stopped),
            }
        });
    };
    // What was attached before the application was sent, now that it has been (no draft is
    // left on this device): sent from here, each from where the server got to.
    let waiting_here = holder.with_value(Option::is_some) && !waiting::for_a_draft();
    let brought = waiting_here.then(waiting::list).unwrap_or_default();
    let any_brought = !brought.is_empty();
    for attached in brought {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        sending.update(|all| {
            all.push(Sending {
                key,
                kind: attached.kind,
                bytes: None,
                id: attached.started_as.clone(),
                received: 0,
                state: SendState::Preparing,
                waiting: Some(attached.number),
            });
        });
        spawn_local(async move {
            match waiting::bytes(attached.number).await {
                Some(bytes) => {
                    let bytes = Arc::new(bytes);
                    update(key, &|s| s.bytes = Some(bytes.clone()));
                    go_on(key);
                }
                // Gone from the browser's storage: nothing to send.
                None => {
                    waiting::forget(attached.number).await;
                    sending.update(|all| all.retain(|s| s.key != key));
                }
            }
        });
    }
    let back_online = window_event_listener(leptos::ev::online, move |_| {
        if listed.get_untracked() == Listed::Unreachable {
            listed.set(Listed::Waiting);
            refresh();
        }
        let paused: Vec<u32> = sending.with_untracked(|all| {
            all.iter()
                .filter(|s| s.state == SendState::Paused)
                .map(|s| s.key)
                .collect()
        });
        for key in paused {
            go_on(key);
        }
    });
    // Leaving while a file is on its way loses what is not sent yet (the page keeps no file):
    // the browser asks first.
    let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if sending.with_untracked(|all| !all.is_empty()) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || {
        back_online.remove();
        leaving.remove();
    });

    // A file chosen for `kind`: made ready on the phone, then sent.
    let chosen_file = move |kind: DocumentKind, file: web_sys::File| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        problems.update(|all| all.retain(|(k, _)| *k != kind));
        sending.update(|all| {
            all.push(Sending {
                key,
                kind,
                bytes: None,
                id: None,
                received: 0,
                state: SendState::Preparing,
                waiting: None,
            });
        });
        spawn_local(async move {
            match upload::prepare(&file).await {
                Ok(prepared) if before_sending => {
                    match waiting::keep(kind, &prepared, today()).await {
                        Ok(()) => {
                            sending.update(|all| all.retain(|s| s.key != key));
                            announce(kind, "documents-kept");
                            refresh();
                        }
                        Err(message) => stop(key, kind, Stopped::Refused(message)),
                    }
                }
                Ok(prepared) => {
                    update(key, &|s| s.bytes = Some(prepared.bytes.clone()));
                    go_on(key);
                }
                Err(refusal) => stop(key, kind, Stopped::Refused(refusal.message_id())),
            }
        });
    };
    let remove = move |id: String, kind: DocumentKind| {
        let holder = holder.get_value();
        spawn_local(async move {
            let removed = match (&holder, id.strip_prefix("device-")) {
                (_, Some(number)) => {
                    if let Ok(number) = number.parse() {
                        waiting::forget(number).await;
                    }
                    Ok(())
                }
                (Some(holder), None) => upload::remove(holder, &id).await,
                (None, None) => Ok(()),
            };
            match removed {
                Ok(()) => {
                    announce(kind, "documents-removed");
                    refresh();
                    request_animation_frame(move || focus::by_id(&add_id(kind)));
                }
                Err(_) => problems.update(|all| {
                    all.retain(|(k, _)| *k != kind);
                    all.push((kind, "documents-error-remove"));
                }),
            }
        });
    };

    twin::title("documents-page-title");

    let item = move |kind: DocumentKind, documents: &Documents| {
        let lang = chosen.shown();
        let text = |id: &str| catalog::text(lang, id, &[]);
        let attached: Vec<DocumentView> = documents
            .documents
            .iter()
            .filter(|d| d.kind == kind)
            .cloned()
            .collect();
        let done = documents.has(kind);
        let on_server: Vec<String> = attached.iter().map(|d| d.id.clone()).collect();
        let lines = attached
            .into_iter()
            .map(|d| {
                let (complete, media_type, size, added_on) =
                    (d.complete(), d.media_type, d.size, d.added_on);
                // The line in `lang`: what, how big and when, or that it never arrived whole.
                let what = move |lang: &'static str| {
                    if complete {
                        catalog::text(
                            lang,
                            // Before sending: on this phone, not yet with the municipality.
                            if before_sending {
                                "documents-on-device"
                            } else {
                                "documents-one"
                            },
                            &[
                                ("type", media_type.map_or("", MediaType::label).into()),
                                ("size", size_text(size, lang).into()),
                                ("date", format::long_date(added_on, lang).into()),
                            ],
                        )
                    } else {
                        catalog::text(lang, "documents-unfinished", &[])
                    }
                };
                let id = d.id.clone();
                // Still on its way from this page: its progress shows instead.
                let from_here = move || {
                    sending.with(|all| all.iter().any(|s| s.id.as_deref() == Some(id.as_str())))
                };
                let id = d.id.clone();
                view! {
                    <Show when=move || !from_here()>
                        <li data-testid="document-line">
                            <span>{twin(what)}</span>" "
                            <button type="button" class="link-button" data-testid="remove-document"
                                on:click={
                                    let id = id.clone();
                                    move |_| remove(id.clone(), kind)
                                }>
                                {tw("documents-remove")}
                                // Each "Remove" says which: the kind and the line beside it.
                                <span class="visually-hidden">{format!(": {}, {}", text(kind.message_id()), what(lang))}</span>
                            </button>
                        </li>
                    </Show>
                }
            })
            .collect_view();
        let on_its_way = move || {
            sending.with(|all| {
                all.iter()
                    .filter(|s| s.kind == kind)
                    .map(|s| {
                        let size = s.bytes.as_ref().map_or(0, |b| b.len() as u64);
                        let percent = (s.received * 100).checked_div(size).unwrap_or(0);
                        let (line, paused) = match s.state {
                            SendState::Preparing => (tw("documents-preparing"), false),
                            SendState::Sending => (
                                twin(move |lang| catalog::text(lang, "documents-sending", &[("percent", format::ltr(percent.to_string(), lang).into())])),
                                false,
                            ),
                            SendState::Paused => (tw("documents-paused"), true),
                        };
                        let key = s.key;
                        view! {
                            <li data-testid="document-sending">
                                <progress max="100" value=percent.to_string() aria-hidden="true"></progress>
                                <span role=paused.then_some("alert")>{line}</span>
                                {paused.then(|| view! {
                                    " "
                                    <button type="button" class="link-button" data-testid="retry-document"
                                        on:click=move |_| go_on(key)>{tw("documents-retry")}</button>
                                })}
                            </li>
                        }
                    })
                    .collect_view()
            })
        };
        let error = move || {
            problems.with(|all| {
                all.iter().find(|(k, _)| *k == kind).map(|(_, id)| {
                    view! { <p class="error-message" role="alert" id=format!("{}-error", add_id(kind)) data-testid="document-error">{tw(id)}</p> }
                })
            })
        };
        let has_error = move || problems.with(|all| all.iter().any(|(k, _)| *k == kind));
        let input_id = format!("{}-file", add_id(kind));
        let input_for_button = input_id.clone();
        let add_label = tw(if done || !on_server.is_empty() {
            "documents-add-another"
        } else {
            "documents-add"
        });
        let is_other = kind == DocumentKind::Other;
        view! {
            <li class="document-item" class:done=done data-testid="document-item" data-kind=kind.as_str()>
                <p class="document-kind">
                    {(!is_other).then(|| view! {
                        <span class="document-tick" aria-hidden="true">{if done { "✓" } else { "○" }}</span>
                    })}
                    <strong>{tw(kind.message_id())}</strong>
                    {(!is_other).then(|| view! {
                        " "
                        <span class="document-state" data-testid="document-state">
                            {tw(if done { "documents-attached" } else { "documents-missing" })}
                        </span>
                    })}
                </p>
                <ul class="document-lines">{lines}{on_its_way}</ul>
                {error}
                <button type="button" class="button secondary" id=add_id(kind) data-testid="add-document"
                    aria-describedby=move || has_error().then(|| format!("{}-error", add_id(kind)))
                    on:click=move |_| {
                        if let Some(input) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id(&input_for_button))
                            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                        {
                            input.click();
                        }
                    }>
                    {add_label}
                    <span class="visually-hidden">{format!(": {}", text(kind.message_id()))}</span>
                </button>
                <input type="file" id=input_id hidden tabindex="-1" data-testid="document-file"
                    accept="application/pdf,image/jpeg,image/png,image/heic,image/heif,.pdf,.jpg,.jpeg,.png,.heic,.heif"
                    on:change=move |ev| {
                        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                            return;
                        };
                        if let Some(file) = input.files().and_then(|files| files.get(0)) {
                            chosen_file(kind, file);
                        }
                        // The same file may be chosen again after a refusal.
                        input.set_value("");
                    } />
            </li>
        }
    };

    // Documents brought from before sending still on their way from here.
    let bringing = move || sending.with(|all| all.iter().any(|s| s.waiting.is_some()));
    // Once the application has gone, what became of the documents attached before: on their
    // way, or all with the municipality (a refused one is said beside its item).
    let brought_note = move || {
        let (id, all_sent) = if bringing() {
            ("documents-application-sent", false)
        } else if brought_refused.get() {
            return None;
        } else {
            ("documents-all-sent", true)
        };
        Some(view! {
            <div class="notice" data-testid="documents-brought">
                <p>{tw(id)}</p>
                {all_sent.then(|| view! {
                    <p><a href="/apply/receipt">{tw("meeting-to-receipt")}</a></p>
                })}
            </div>
        })
    };
    let page = move || match listed.get() {
        Listed::Waiting => view! { <p role="status">{tw("documents-loading")}</p> }.into_any(),
        Listed::NoReceipt => view! {
            <p role="status" data-testid="documents-no-receipt">{tw("apply-receipt-missing")}</p>
            <p>{tw("apply-receipt-missing-body")}</p>
        }
        .into_any(),
        Listed::NoDraft => view! {
            <p role="status" data-testid="documents-no-draft">{tw("documents-no-draft")}</p>
            <p><a href="/apply" class="button">{tw("entry-apply-title")}</a></p>
        }
        .into_any(),
        Listed::Unreachable => view! {
            <div role="alert" class="notice" data-testid="documents-unreachable">
                <p>{tw("documents-unreachable")}</p>
                // Not lost: still on the phone, and on their way once the network is back.
                {move || bringing().then(|| view! {
                    <p data-testid="documents-waiting-offline">{tw("documents-waiting-offline")}</p>
                })}
                <button type="button" class="button secondary" on:click=move |_| {
                    listed.set(Listed::Waiting);
                    refresh();
                }>{tw("app-reload")}</button>
            </div>
        }
        .into_any(),
        Listed::Here(documents) => {
            let asked = documents.checklist.clone();
            let done = asked.iter().filter(|k| documents.has(**k)).count();
            let count = {
                let asked = asked.len();
                twin(move |lang| {
                    catalog::text(
                        lang,
                        "documents-count",
                        &[("done", done.into()), ("asked", asked.into())],
                    )
                })
            };
            view! {
                {(!asked.is_empty()).then(|| view! {
                    <h2>{tw("documents-checklist-heading")}</h2>
                    <p data-testid="documents-count">{count}</p>
                })}
                <ul class="document-list" data-testid="documents-checklist">
                    {asked.iter().map(|kind| item(*kind, &documents)).collect_view()}
                </ul>
                <h2>{tw("documents-other-heading")}</h2>
                <ul class="document-list">{item(DocumentKind::Other, &documents)}</ul>
            }
            .into_any()
        }
    };
    // Before sending, back to the application's check page (an application still missing an
    // answer goes on from there to the step that asks it).
    let (back, back_text, intro) = if before_sending {
        (
            "/apply/check",
            "documents-to-application",
            "documents-before-intro",
        )
    } else {
        ("/apply/receipt", "meeting-to-receipt", "documents-intro")
    };
    view! {
        <a href=back class="back-link no-print" data-testid="documents-back">{tw(back_text)}</a>
        <h1>{tw("documents-page-title")}</h1>
        {any_brought.then_some(brought_note)}
        <p>{tw(intro)}</p>
        <p>{tw("documents-formats")}</p>
        <p class="visually-hidden" role="status" data-testid="documents-announced">{move || announced.get()}</p>
        {page}
        {before_sending.then(|| view! {
            <p><a href=back class="button" data-testid="documents-done">{tw(back_text)}</a></p>
        })}
    }
}

/// The id of the "add" button of `kind` (its error and file field are named after it).
fn add_id(kind: DocumentKind) -> String {
    format!("add-document-{}", kind.as_str())
}
