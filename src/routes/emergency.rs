//! Nowhere to sleep tonight: the help to get tonight, before any other question. One tap from
//! the start page, and shown at once when the needs check's first question is answered
//! "nowhere". NAV's number as a phone link, the NAV office (named, when the estimates know the
//! municipality), what to say in Norwegian, and the law; the rest of the check is optional.

use leptos::{html, prelude::*};
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use rules::needs::{self, Assessment, EconomyHints, NeedsAnswers, SleepingPlace, Urgency};

use crate::{
    components::ltr::ltr,
    economy::{EconomyState, municipality_number, today},
    i18n::{Tr, catalog::SOURCE, interpreter::in_norwegian, twin_id, twin_text},
    routes::{
        apply::frame::BackLink,
        needs_check::{NeedsState, Question, RESULT, return_to},
    },
};

/// Where the emergency help is (a page of the needs check's route, which costs no new route).
pub const PATH: &str = "/needs-check/emergency";

/// A number to call, as dialled from any phone and as shown. NAV kontaktsenter's number is the
/// one every locale gives (55 55 33 33); legevakt's and the police's are national.
pub(crate) type Number = (&'static str, &'static str);
pub(crate) const NAV: Number = ("tel:+4755553333", "55 55 33 33");
const LEGEVAKT: Number = ("tel:116117", "116 117");
const POLICE: Number = ("tel:112", "112");

/// A phone link. The digits run left to right, isolated, so a right-to-left page never reverses
/// or reorders them.
pub(crate) fn call((href, number): Number, class: &'static str) -> impl IntoView {
    ltr(view! { <a class=class href=href dir="ltr">{number}</a> })
}

/// The NAV office to go to: in the municipality the estimates know, if any.
fn office() -> impl IntoView {
    let economy = expect_context::<EconomyState>();
    let date = today();
    let name = economy
        .municipality
        .with_untracked(|typed| municipality_number(typed, date))
        .and_then(|number| rules::municipality::resolve(&number, date).ok())
        .map(|r| r.municipality.name);
    twin_text(move |i18n| {
        let go = match name {
            Some(name) => tr!(i18n, "emergency-office-in", { "municipality" => name }),
            None => i18n.tr("emergency-office-here"),
        };
        format!("{go} {}", i18n.tr("emergency-office-duty"))
    })
}

/// The reminder at the top of the needs check's result: NAV's number (the whole help is one
/// step back, where the first answer led).
#[component]
pub fn EmergencyNotice() -> impl IntoView {
    view! {
        <div class="emergency" role="alert" data-testid="emergency">
            <h2><Tr id="emergency-heading" /></h2>
            <p><Tr id="emergency-body" /></p>
            <p><Tr id="emergency-call" />" "{call(NAV, "call")}</p>
        </div>
    }
}

/// `/needs-check/emergency`: what to do tonight, then the rest of the check if the person wants.
#[component]
pub fn EmergencyPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let NeedsState(draft) = expect_context::<NeedsState>();
    let heading = NodeRef::<html::H1>::new();
    // Focus on the heading on arrival, as on the questions, so a screen reader starts here.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            crate::starting::focus(&h);
        }
    });

    let back_to = return_to();
    let with_return = |path: &str| match &back_to {
        Some(r) => format!("{path}?return={r}"),
        None => path.to_string(),
    };
    // Came from the first question: back to it, and on to the next. From the start page: the
    // check begins at the first question.
    let draft_now = draft.get_untracked();
    let from_check = draft_now.tonight == Some(SleepingPlace::Nowhere);
    let (back, next) = match (&back_to, draft_now.answers()) {
        _ if !from_check => ("/".to_string(), with_return(Question::Tonight.path())),
        (Some(r), Some(_)) => (with_return(Question::Tonight.path()), r.clone()),
        (None, Some(_)) => (Question::Tonight.path().to_string(), RESULT.to_string()),
        (_, None) => (
            with_return(Question::Tonight.path()),
            with_return(draft_now.first_unanswered().path()),
        ),
    };

    // The rules' answer for nowhere to sleep tonight, with nothing else told: the outcome and
    // the law behind it.
    let result = needs::assess(
        &NeedsAnswers::nowhere_tonight(),
        EconomyHints::default(),
        None,
        today(),
    )
    .ok();
    let outcome = result
        .as_ref()
        .filter(|r| r.vanskeligstilt == Assessment::Yes && r.urgency == Urgency::Emergency)
        .map(|_| view! { <p class="lead" data-testid="emergency-outcome"><Tr id="emergency-outcome" /></p> });
    // What the Norwegian words mean, in any other language.
    let meaning = (i18n.language.get_untracked().id != SOURCE).then(|| {
        view! { <p><Tr id="emergency-say-meaning" />" "<Tr id="emergency-say-words" /></p> }
    });
    let law = result.map(|r| {
        r.legal_basis()
            .map(|s| view! { <li>{twin_id(s.message_id.to_string())}</li> })
            .collect_view()
    });

    view! {
        <Title text=crate::i18n::interpreter::page_title("emergency-page-title", false) />
        <BackLink href=back />
        <h1 tabindex="-1" node_ref=heading><Tr id="emergency-heading" /></h1>
        {outcome}
        <div class="emergency" data-testid="emergency">
            <h2><Tr id="emergency-call" /></h2>
            <p>{call(NAV, "button call")}</p>
            <p><Tr id="emergency-call-evening" />" "{call(LEGEVAKT, "call")}</p>
            <h2><Tr id="emergency-office" /></h2>
            <p>{office()}</p>
            <h2><Tr id="emergency-say" /></h2>
            // Norwegian whatever the page's language, to say or show at the office; with its own
            // language and direction on a right-to-left page.
            <p class="say" lang="nb" dir="ltr" data-testid="emergency-say">
                {in_norwegian("emergency-say-words")}
            </p>
            {meaning}
            <p><Tr id="emergency-say-show" /></p>
            <p><Tr id="emergency-danger" />" "{call(POLICE, "call")}</p>
        </div>
        <h2><Tr id="needs-law-heading" /></h2>
        <ul class="law" data-testid="law">{law}</ul>
        <p><Tr id="emergency-continue-hint" /></p>
        <a href=next class="button secondary" data-testid="emergency-continue">
            <Tr id="emergency-continue" />
        </a>
    }
}
