//! On the receipt: the invitation to a meeting, once the caseworker has sent one: the day and
//! time, what the applicant has replied, and the way to the whole invitation and the reply
//! (`/case/meeting`, in the case pages' own download).

use leptos::prelude::*;
use leptos_fluent::tr;
use rules::interview::{Answer, Interview};

use crate::i18n::{Tr, twin_text};

#[component]
pub fn MeetingNotice(interview: Interview) -> impl IntoView {
    let Interview {
        date, time, reply, ..
    } = interview;
    let replied = reply.map(|r| match r.answer {
        Answer::Confirmed => "receipt-meeting-confirmed",
        Answer::AnotherTime => "receipt-meeting-another",
    });
    view! {
        <section class="notice" data-testid="receipt-meeting" aria-labelledby="receipt-meeting-heading">
            <h2 id="receipt-meeting-heading"><Tr id="receipt-meeting-heading" /></h2>
            <p><strong>{twin_text(move |i18n| tr!(i18n, "receipt-meeting-when", {
                "date" => crate::format::long_date(date, i18n.language.get().id),
                "time" => time.clone(),
            }))}</strong></p>
            {replied.map(|id| view! { <p data-testid="receipt-meeting-replied"><Tr id=id /></p> })}
            <p><a href="/case/meeting" rel="external" class="button" data-testid="open-meeting"><Tr id="receipt-meeting-open" /></a></p>
        </section>
    }
}
