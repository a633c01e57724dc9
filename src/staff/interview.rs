//! The invitation to a meeting on the staff side: what was sent and what the applicant
//! replied, and for a caseworker the form that invites (or invites again, replacing it): the
//! day, the time, an address or a video link, and the interpreter booked (the applicant's own
//! language first when they asked for one).

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use rules::interview::{Answer, Interview, NewInterview, Place};

use super::{Session, api, problems::Problems, text};
use crate::{components::focus, format};
use text::{languages, s, s_with};

/// The element each of the rules' fields is shown beside, and its message.
fn problem_of(field: Option<&str>) -> (&'static str, &'static str) {
    match field {
        Some("interview_date") => ("interview-date", "staff-interview-error-date"),
        Some("interview_time") => ("interview-time", "staff-interview-error-time"),
        Some("interview_address") => ("interview-address", "staff-interview-error-address"),
        Some("interview_link") => ("interview-link", "staff-interview-error-link"),
        _ => ("interview-problem", "staff-error-server"),
    }
}

/// A language as the picker names it, with its code: "العربية (ar)".
fn name_of(code: &str) -> String {
    languages()
        .iter()
        .find(|(id, _, _)| id == code)
        .map_or_else(
            || code.to_string(),
            |(id, name, _)| format!("{name} ({id})"),
        )
}

/// Arabic-Indic and Persian digits as the digits a Norwegian caseworker reads: "١٢:٣٠" → "12:30".
fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            other => other,
        })
        .collect()
}

/// The invitation as sent, with the reply.
fn shown(interview: &Interview) -> impl IntoView + use<> {
    let place = match &interview.place {
        Place::InPerson { address } => view! {
            <p class="letter-own-words" data-testid="interview-address">{address.clone()}</p>
        }
        .into_any(),
        Place::Video { link } => view! {
            <p>{s("staff-interview-video")}": "<a href=link.clone() rel="noopener noreferrer" target="_blank" dir="ltr">{link.clone()}</a></p>
        }
        .into_any(),
    };
    let interpreter = interview.interpreter.as_deref().map_or_else(
        || s("staff-interview-no-interpreter"),
        |code| {
            s_with(
                "staff-interview-interpreter-booked",
                &[("language", name_of(code))],
            )
        },
    );
    let reply = match &interview.reply {
        None => s("staff-interview-reply-none"),
        Some(r) => {
            let id = match r.answer {
                Answer::Confirmed => "staff-interview-reply-confirmed",
                Answer::AnotherTime => "staff-interview-reply-another",
            };
            s_with(id, &[("date", format::date(r.on, "nb"))])
        }
    };
    // What the applicant wrote, as written; with other digits than ours, once more with ours
    // (a walk: a caseworker could not read "١٤ / ١٥ / ١٢:٣٠").
    let note = interview.reply.as_ref().filter(|r| !r.note.is_empty()).map(|r| {
        let western = western_digits(&r.note);
        let converted = (western != r.note).then(|| {
            view! {
                <p class="small" data-testid="interview-reply-digits">
                    {s("staff-interview-digits")}" "<bdi>{western}</bdi>
                </p>
            }
        });
        view! {
            <p class="letter-own-words" dir="auto" data-testid="interview-reply-note">{r.note.clone()}</p>
            {converted}
        }
    });
    view! {
        <div data-testid="interview-shown">
            <p><strong>{format!("{} {}", format::date(interview.date, "nb"), interview.time)}</strong></p>
            {place}
            <p>{interpreter}</p>
            <p data-testid="interview-reply">{reply}</p>
            {note}
        </div>
    }
}

#[component]
pub fn InterviewPart(
    reference: String,
    interview: Option<Interview>,
    /// The applicant's language, when they asked for an interpreter: the one offered first.
    interpreter_for: Option<String>,
    on_sent: Callback<()>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let sent = interview.as_ref().map(shown);
    let again = interview.is_some();
    let date = RwSignal::new(String::new());
    let time = RwSignal::new(String::new());
    let video = RwSignal::new(false);
    let address = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let interpreter = RwSignal::new(interpreter_for.unwrap_or_default());
    let problems = Problems::new();
    // The server's message id when it refused the invitation.
    let failed = RwSignal::new(None::<String>);
    let sending = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        // Every problem at once, by the server's own rules, the first one focused.
        let day = rules::iso_date::parse(date.get_untracked().trim());
        let place = if video.get_untracked() {
            Place::Video {
                link: link.get_untracked(),
            }
        } else {
            Place::InPerson {
                address: address.get_untracked(),
            }
        };
        let mut found: Vec<(&'static str, &'static str)> = Vec::new();
        if day.is_none() {
            found.push(problem_of(Some("interview_date")));
        }
        if rules::interview::clock(&time.get_untracked()).is_none() {
            found.push(problem_of(Some("interview_time")));
        }
        // The place checked with a day that is surely valid: its own problem, if any.
        let today = crate::economy::today();
        let probe = NewInterview {
            date: today,
            time: "12:00".into(),
            place: place.clone(),
            interpreter: None,
        };
        if let Err(e) = probe.validate(today) {
            found.push(problem_of(e.field()));
        }
        let new = NewInterview {
            date: day.unwrap_or(today),
            time: time.get_untracked(),
            place,
            interpreter: Some(interpreter.get_untracked()).filter(|l| !l.is_empty()),
        };
        if found.is_empty()
            && let Err(e) = new.validate(today)
        {
            found.push(problem_of(e.field()));
        }
        if let Some((first, _)) = found.first() {
            focus::by_id(first);
            problems.set(found);
            return;
        }
        problems.set(Vec::new());
        failed.set(None);
        sending.set(true);
        let (reference, csrf) = (reference.clone(), session.csrf());
        spawn_local(async move {
            match api::invite(&reference, &new, &csrf).await {
                Ok(_) => _ = on_sent.try_run(()),
                Err(api::Failed(id)) => {
                    failed.set(Some(id));
                    request_animation_frame(|| focus::by_id("interview-problem"));
                }
            }
            sending.set(false);
        });
    };
    let form = session.is_caseworker().then(|| {
        let options = languages()
            .iter()
            .map(|(id, _, _)| {
                let selected = {
                    let id = id.clone();
                    move || interpreter.get() == id
                };
                view! { <option value=id.clone() selected=selected>{name_of(id)}</option> }
            })
            .collect_view();
        view! {
            <form class="staff-action no-print" on:submit=submit novalidate data-testid="interview-form">
                <div class="field">
                    <label for="interview-date">{s("staff-interview-date")}</label>
                    {problems.message("interview-date")}
                    <input id="interview-date" type="date" aria-describedby=problems.described("interview-date")
                        prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="interview-time">{s("staff-interview-time")}</label>
                    {problems.message("interview-time")}
                    <input id="interview-time" type="time" aria-describedby=problems.described("interview-time")
                        prop:value=move || time.get() on:input=move |ev| time.set(event_target_value(&ev)) />
                </div>
                <fieldset>
                    <legend>{s("staff-interview-place-legend")}</legend>
                    <div class="radio">
                        <input type="radio" name="interview-place" id="interview-in-person" prop:checked=move || !video.get() on:change=move |_| video.set(false) />
                        <label for="interview-in-person">{s("staff-interview-in-person")}</label>
                    </div>
                    <div class="radio">
                        <input type="radio" name="interview-place" id="interview-video" prop:checked=move || video.get() on:change=move |_| video.set(true) />
                        <label for="interview-video">{s("staff-interview-video")}</label>
                    </div>
                </fieldset>
                {move || if video.get() {
                    view! {
                        <div class="field">
                            <label for="interview-link">{s("staff-interview-link")}</label>
                            {problems.message("interview-link")}
                            <input id="interview-link" type="url" dir="ltr" aria-describedby=problems.described("interview-link")
                                prop:value=move || link.get() on:input=move |ev| link.set(event_target_value(&ev)) />
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <div class="field">
                            <label for="interview-address">{s("staff-interview-address")}</label>
                            <p class="hint" id="interview-address-hint">{s("staff-interview-address-hint")}</p>
                            {problems.message("interview-address")}
                            <textarea id="interview-address" rows="2" aria-describedby=move || {
                                    let error = problems.described("interview-address")();
                                    Some(error.map_or_else(|| "interview-address-hint".to_string(), |e| format!("interview-address-hint {e}")))
                                }
                                prop:value=move || address.get() on:input=move |ev| address.set(event_target_value(&ev))></textarea>
                        </div>
                    }.into_any()
                }}
                <div class="field">
                    <label for="interview-interpreter">{s("staff-interview-interpreter")}</label>
                    <select id="interview-interpreter" on:change=move |ev| interpreter.set(event_target_value(&ev))>
                        <option value="" selected=move || interpreter.get().is_empty()>{s("staff-interview-no-interpreter")}</option>
                        {options}
                    </select>
                </div>
                // What belongs to no field (the server's refusal), above the button.
                {move || {
                    let unplaced = problems.of("interview-problem").map(str::to_string);
                    failed.get().or(unplaced).map(|id| {
                        view! { <p role="alert" class="notice" id="interview-problem" tabindex="-1">{s(&id)}</p> }
                    })
                }}
                <button type="submit" class="button" data-testid="send-interview" disabled=move || sending.get()>
                    {s(if again { "staff-interview-send-again" } else { "staff-interview-send" })}
                </button>
            </form>
        }
    });
    view! {
        <section aria-labelledby="interview-heading">
            <h2 id="interview-heading">{s("staff-interview-heading")}</h2>
            {sent}
            {form}
        </section>
    }
}
