//! "Who will contact you about what": the help asked for, grouped by who decides on it (the
//! server's answer, by the municipality's profile): the housing office with its contact card,
//! NAV with its number, Husbanken with where to apply.

use leptos::prelude::*;
use leptos_fluent::tr;
use rules::{profile::Recipient, wire::Handler};

use crate::{
    components::contact_card::ContactCard,
    i18n::{Tr, twin_id, twin_text},
    routes::emergency::{NAV, call},
};

/// Every handler of the application's help, once the server has named them.
#[component]
pub fn HandledBy(handlers: RwSignal<Vec<Handler>>, municipality: String) -> impl IntoView {
    move || {
        let list = handlers.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|h| handler(h, municipality.clone()))
                .collect_view();
            view! {
                <section data-testid="handled-by">
                    <h2><Tr id="apply-handled-by-heading" /></h2>
                    <p><Tr id="apply-handled-by-lead" /></p>
                    <ul class="handlers">{items}</ul>
                </section>
            }
        })
    }
}

fn handler(h: Handler, municipality: String) -> impl IntoView {
    let (recipient, who) = match h.recipient {
        Recipient::HousingOffice => {
            let name = municipality.clone();
            (
                "housing_office",
                twin_text(move |i18n| {
                    tr!(i18n, "handler-housing-office", { "municipality" => name.clone() })
                })
                .into_any(),
            )
        }
        Recipient::Nav => ("nav", view! { <Tr id="handler-nav" /> }.into_any()),
        Recipient::Husbanken => (
            "husbanken",
            view! { <Tr id="handler-husbanken" /> }.into_any(),
        ),
    };
    let help = h
        .help
        .iter()
        .map(|kind| view! { <li>{twin_id(kind.message_id())}</li> })
        .collect_view();
    let how = match h.recipient {
        Recipient::HousingOffice => h.contact.map(|contact| {
            view! { <ContactCard contact=contact municipality=municipality /> }.into_any()
        }),
        Recipient::Nav => {
            Some(view! { <p><Tr id="handler-nav-how" />" "{call(NAV, "call")}</p> }.into_any())
        }
        Recipient::Husbanken => Some(view! { <p><Tr id="handler-husbanken-how" /></p> }.into_any()),
    };
    view! {
        <li class="handler" data-testid="handler" data-recipient=recipient>
            <h3>{who}</h3>
            <p><Tr id="handler-about" /></p>
            <ul>{help}</ul>
            {how}
        </li>
    }
}
