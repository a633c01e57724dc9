//! The invitation to a meeting (`/case/meeting`): when, where (an address, or a video link),
//! whether an interpreter is booked and in which language, in the reader's language and in
//! Norwegian side by side (the interpreter and the caseworker read the same text); under it the
//! reply: "I will come", or "I need another time" with the days and times that suit. Read with the
//! receipt on this device; nothing of it is kept on the device but a reply being written.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use rules::{
    interview::{Answer, Interview, NewInterviewReply, Place},
    wire::{ApplicationStatusView, ErrorBody},
};
use serde::{Deserialize, Serialize};

use super::{
    language::Chosen,
    twin::{self, tw, twin},
};
use crate::{
    components::{
        decision_letter::{direction, marked, reader_first},
        focus,
        ltr::{ltr, numbers_isolated},
    },
    format,
    i18n::{catalog, languages::languages},
    routes::apply::receipt::{RECEIPT_KEY, SavedReceipt},
};

#[derive(Debug, Clone, PartialEq)]
enum Asked {
    Waiting,
    NoReceipt,
    None,
    Here(Box<Interview>),
    Unreachable,
}

async fn fetch(reference: &str, secret: &str) -> Result<Option<Interview>, ()> {
    let response = gloo_net::http::Request::get(&format!("/api/applications/{reference}"))
        .header("Authorization", &format!("Bearer {secret}"))
        .send()
        .await
        .map_err(drop)?;
    match response.status() {
        200 => response
            .json::<ApplicationStatusView>()
            .await
            .map(|s| s.interview)
            .map_err(drop),
        404 => Ok(None),
        _ => Err(()),
    }
}

/// Why a reply did not go through: the element it concerns and the message.
type Problem = (&'static str, &'static str);

async fn send(
    reference: &str,
    secret: &str,
    reply: &NewInterviewReply,
) -> Result<Interview, Problem> {
    let unsent = ("meeting-problem", "meeting-error-send");
    let response =
        gloo_net::http::Request::post(&format!("/api/applications/{reference}/interview/reply"))
            .header("Authorization", &format!("Bearer {secret}"))
            .json(reply)
            .map_err(|_| unsent)?
            .send()
            .await
            .map_err(|_| unsent)?;
    match response.status() {
        200 => response.json().await.map_err(|_| unsent),
        404 => Err(("meeting-problem", "error-no-interview")),
        422 => {
            let body: ErrorBody = response.json().await.map_err(|_| unsent)?;
            Err(if body.message_id == "error-required" {
                ("meeting-note", "meeting-error-note")
            } else {
                ("meeting-note", "error-invalid-text")
            })
        }
        _ => Err(unsent),
    }
}

/// The language `code` named in `lang` ("arabisk" in the Norwegian half); where the browser
/// cannot name it in `lang`, its own name, as the language picker writes it.
fn language_name(code: &str, lang: &str) -> String {
    format::language_name(code, lang).unwrap_or_else(|| {
        languages()
            .iter()
            .find(|(id, _, _)| id == code)
            .map_or_else(|| code.to_string(), |(_, name, _)| name.clone())
    })
}

#[component]
pub fn MeetingPage() -> impl IntoView {
    let chosen = expect_context::<Chosen>();
    let receipt = crate::storage::load::<SavedReceipt>(RECEIPT_KEY);
    let holder = StoredValue::new(receipt.and_then(|r| Some((r.reference, r.secret?))));
    let asked = RwSignal::new(Asked::Waiting);
    let ask = move || {
        let Some((reference, secret)) = holder.get_value() else {
            asked.set(Asked::NoReceipt);
            return;
        };
        spawn_local(async move {
            asked.set(match fetch(&reference, &secret).await {
                Ok(Some(i)) => Asked::Here(Box::new(i)),
                Ok(None) => Asked::None,
                Err(()) => Asked::Unreachable,
            });
        });
    };
    ask();
    let back_online = window_event_listener(leptos::ev::online, move |_| {
        if asked.get_untracked() == Asked::Unreachable {
            asked.set(Asked::Waiting);
            ask();
        }
    });
    on_cleanup(move || back_online.remove());
    twin::title("meeting-page-title");
    // The invitation is drawn again in a language chosen later; the reply being typed is not.
    let invitation = move || match asked.get() {
        Asked::Waiting => view! { <p role="status">{tw("meeting-loading")}</p> }.into_any(),
        Asked::NoReceipt => view! {
            <p role="status" data-testid="meeting-no-receipt">{tw("apply-receipt-missing")}</p>
            <p>{tw("apply-receipt-missing-body")}</p>
        }
        .into_any(),
        Asked::None => {
            view! { <p role="status" data-testid="meeting-none">{tw("meeting-none")}</p> }
                .into_any()
        }
        Asked::Unreachable => view! {
            <div role="alert" class="notice" data-testid="meeting-unreachable">
                <p>{tw("meeting-unreachable")}</p>
                <button type="button" class="button secondary" on:click=move |_| {
                    asked.set(Asked::Waiting);
                    ask();
                }>{tw("app-reload")}</button>
            </div>
        }
        .into_any(),
        Asked::Here(interview) => {
            let languages = reader_first(chosen.shown());
            let two = languages.len() > 1;
            view! {
                {two.then(|| view! { <p>{tw("meeting-side-by-side")}</p> })}
                <div class="letter-pair">
                    {languages.into_iter().map(|lang| invitation_in(&interview, lang)).collect_view()}
                </div>
            }
            .into_any()
        }
    };
    let reply = move || {
        asked.with(|a| match a {
            Asked::Here(interview) => {
                let (reference, secret) = holder.get_value().unwrap_or_default();
                Some(view! { <Reply interview=(**interview).clone() reference=reference secret=secret on_sent=Callback::new(move |i| asked.set(Asked::Here(Box::new(i)))) /> })
            }
            _ => None,
        })
    };
    view! {
        <a href="/apply/receipt" class="back-link no-print">{tw("meeting-to-receipt")}</a>
        <h1>{tw("meeting-page-title")}</h1>
        {invitation}
        {reply}
    }
}

/// The invitation in `lang`, marked with its language and direction.
fn invitation_in(interview: &Interview, lang: &'static str) -> impl IntoView + use<> {
    let text = |id: &str| catalog::text(lang, id, &[]);
    let when = catalog::text(
        lang,
        "meeting-when-value",
        &[
            ("date", format::long_date(interview.date, lang).into()),
            ("time", interview.time.clone().into()),
        ],
    );
    let in_person = matches!(interview.place, Place::InPerson { .. });
    let place = match &interview.place {
        // As the caseworker wrote it, in Norwegian, as it is written at the door.
        Place::InPerson { address } => view! {
            <p class="letter-own-words" lang="nb" dir="ltr" translate="no" data-testid="meeting-address">{address.clone()}</p>
        }
        .into_any(),
        Place::Video { link } => view! {
            <p>{text("meeting-video")}</p>
            <p><a href=link.clone() rel="noopener noreferrer" target="_blank" data-testid="meeting-link">{text("meeting-video-open")}</a></p>
            <p translate="no">{ltr(link.clone())}</p>
        }
        .into_any(),
    };
    let interpreter = match &interview.interpreter {
        Some(code) => catalog::text(
            lang,
            "meeting-interpreter-booked",
            &[("language", language_name(code, lang).into())],
        ),
        None => text("meeting-interpreter-none"),
    };
    view! {
        <section class="letter" lang=lang dir=direction(lang) data-testid="meeting-invitation" data-lang=lang>
            <h2>{text("meeting-page-title")}</h2>
            <p>{text("meeting-intro")}</p>
            <h3>{text("meeting-when")}</h3>
            <p data-testid="meeting-when"><strong>{when}</strong></p>
            <h3>{text("meeting-where")}</h3>
            {place}
            <h3>{text("meeting-interpreter")}</h3>
            <p data-testid="meeting-interpreter">{marked(interpreter, lang)}</p>
            // Papers to bring are for a meeting at the office, not on a screen.
            {in_person.then(|| view! { <p>{text("meeting-bring")}</p> })}
        </section>
    }
}

/// The reply being written, kept on the device for the invitation it answers until it is sent
/// (a reload or a send that fails offline loses nothing; "Start over" wipes it).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Draft {
    reference: String,
    answer: Option<Answer>,
    note: String,
}

const DRAFT_KEY: &str = "meeting-draft";

/// What the applicant answered, and the form to answer (or, on "Change your reply", answer again).
#[component]
fn Reply(
    interview: Interview,
    reference: String,
    secret: String,
    on_sent: Callback<Interview>,
) -> impl IntoView {
    let kept = crate::storage::load::<Draft>(DRAFT_KEY).filter(|d| d.reference == reference);
    let answer = RwSignal::new(kept.as_ref().and_then(|d| d.answer));
    let note = RwSignal::new(kept.as_ref().map(|d| d.note.clone()).unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sending = RwSignal::new(false);
    // With a reply given, the form waits behind "Change your reply" (unless a change was being
    // written when the page was left).
    let changing = RwSignal::new(interview.reply.is_none() || kept.is_some());
    {
        let reference = reference.clone();
        Effect::new(move |_| {
            let (answer, note) = (answer.get(), note.get());
            let draft = if answer.is_none() && note.is_empty() {
                Draft::default()
            } else {
                Draft {
                    reference: reference.clone(),
                    answer,
                    note,
                }
            };
            crate::storage::keep(DRAFT_KEY, &draft);
        });
    }
    let reply_kept = interview.reply.clone();
    let replied = move || {
        reply_kept.clone().map(|reply| {
            let id = match reply.answer {
                Answer::Confirmed => "meeting-replied-confirmed",
                Answer::AnotherTime => "meeting-replied-another",
            };
            let said = twin(move |lang| {
                catalog::text(lang, id, &[("date", format::long_date(reply.on, lang).into())])
            });
            let words = (!reply.note.is_empty()).then(|| {
                view! {
                    <p>{tw("meeting-your-words")}</p>
                    <p class="letter-own-words" dir="auto" data-resident-text="">{numbers_isolated(&reply.note)}</p>
                }
            });
            view! {
                <div class="replied" role="status" data-testid="meeting-replied">
                    <p><strong>{said}</strong></p>
                    {words}
                </div>
            }
        })
    };
    let error_for = move |element: &'static str| {
        move || {
            problems.with(|all| {
                all.iter().find(|(e, _)| *e == element).map(|(_, id)| {
                    view! { <p class="error-message" id=format!("{element}-error")>{tw(id)}</p> }
                })
            })
        }
    };
    let has_error =
        move |element: &'static str| problems.with(|all| all.iter().any(|(e, _)| *e == element));
    // A problem goes as soon as what it is about is changed.
    let mended = move |element: &'static str| {
        if problems.with_untracked(|all| all.iter().any(|(e, _)| *e == element)) {
            problems.update(|all| all.retain(|(e, _)| *e != element));
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let Some(chosen_answer) = answer.get_untracked() else {
            problems.set(vec![("meeting-answer", "meeting-error-answer")]);
            focus::by_id("meeting-answer-confirmed");
            return;
        };
        let reply = NewInterviewReply {
            answer: chosen_answer,
            note: note.get_untracked(),
        };
        if let Err(e) = reply.validate() {
            let id = if e.message_id() == "error-required" {
                "meeting-error-note"
            } else {
                "error-invalid-text"
            };
            problems.set(vec![("meeting-note", id)]);
            focus::by_id("meeting-note");
            return;
        }
        problems.set(Vec::new());
        sending.set(true);
        let (reference, secret) = (reference.clone(), secret.clone());
        spawn_local(async move {
            match send(&reference, &secret, &reply).await {
                Ok(interview) => {
                    answer.set(None);
                    note.set(String::new());
                    crate::storage::keep(DRAFT_KEY, &Draft::default());
                    _ = on_sent.try_run(interview);
                    request_animation_frame(|| focus::by_id("meeting-reply-heading"));
                }
                Err(problem) => {
                    problems.set(vec![problem]);
                    request_animation_frame(move || focus::by_id(problem.0));
                }
            }
            sending.set(false);
        });
    };
    let another = move || answer.get() == Some(Answer::AnotherTime);
    let note_label = move || {
        tw(if another() {
            "meeting-note-label-another"
        } else {
            "meeting-note-label"
        })
    };
    let described = move |element: &'static str, hint: Option<&'static str>| {
        move || {
            let ids: Vec<String> = hint
                .filter(|_| !another())
                .map(str::to_string)
                .into_iter()
                .chain(has_error(element).then(|| format!("{element}-error")))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let unplaced = move || {
        problems.with(|all| {
            all.iter().find(|(e, _)| *e == "meeting-problem").map(|(_, id)| {
                view! { <p role="alert" class="notice" id="meeting-problem" tabindex="-1" data-testid="meeting-problem">{tw(id)}</p> }
            })
        })
    };
    let option = move |value: Answer, id: &'static str, label: &'static str| {
        view! {
            <div class="radio">
                <input type="radio" name="meeting-answer" id=id value=value.as_str()
                    prop:checked=move || answer.get() == Some(value)
                    on:change=move |_| {
                        answer.set(Some(value));
                        mended("meeting-answer");
                    } />
                <label for=id>{tw(label)}</label>
            </div>
        }
    };
    let form = move || {
        if !changing.get() {
            return view! {
                <p><button type="button" class="button secondary" data-testid="change-meeting-reply"
                    on:click=move |_| {
                        changing.set(true);
                        request_animation_frame(|| focus::by_id("meeting-answer-confirmed"));
                    }>{tw("meeting-change-open")}</button></p>
            }
            .into_any();
        }
        view! {
            <fieldset id="meeting-answer" aria-describedby=described("meeting-answer", None)>
                <legend>{tw("meeting-answer-legend")}</legend>
                {error_for("meeting-answer")}
                {option(Answer::Confirmed, "meeting-answer-confirmed", "meeting-answer-confirmed")}
                {option(Answer::AnotherTime, "meeting-answer-another", "meeting-answer-another")}
            </fieldset>
            <div class="field">
                <label for="meeting-note">{note_label}</label>
                // The examples fit the optional note; asking for another time, the label says it all.
                {move || (!another()).then(|| view! { <p class="hint" id="meeting-note-hint">{tw("meeting-note-hint")}</p> })}
                {error_for("meeting-note")}
                <textarea id="meeting-note" rows="3" aria-describedby=described("meeting-note", Some("meeting-note-hint"))
                    prop:value=move || note.get() on:input=move |ev| {
                        note.set(event_target_value(&ev));
                        mended("meeting-note");
                    }></textarea>
            </div>
            {unplaced}
            <button type="submit" class="button" data-testid="send-meeting-reply" disabled=move || sending.get()>
                {move || tw(if sending.get() { "meeting-sending" } else { "meeting-send" })}
            </button>
        }
        .into_any()
    };
    view! {
        <form class="appeal no-print" data-testid="meeting-reply" on:submit=submit novalidate aria-labelledby="meeting-reply-heading">
            <h2 id="meeting-reply-heading" tabindex="-1">{tw("meeting-reply-heading")}</h2>
            {replied}
            {form}
        </form>
    }
}
