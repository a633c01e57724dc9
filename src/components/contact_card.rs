//! Where to turn in a municipality: its housing office as the municipality's profile gives it
//! (`rules::profile::Contact`): the office, its phone as a `tel:` link, its web page, address,
//! opening hours (the days named in the reader's language) and whether it books an
//! interpreter. Only what the profile holds is shown; a value it leaves out is not made up.
//! The receipt and the needs check's result show it.

use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use rules::profile::{Contact, OpeningHours, Weekday};

use crate::{
    components::ltr::ltr,
    format,
    i18n::{Tr, twin_text},
};

/// The Fluent message that names `day` (`weekday-monday` …).
pub fn weekday_message(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "weekday-monday",
        Weekday::Tuesday => "weekday-tuesday",
        Weekday::Wednesday => "weekday-wednesday",
        Weekday::Thursday => "weekday-thursday",
        Weekday::Friday => "weekday-friday",
        Weekday::Saturday => "weekday-saturday",
        Weekday::Sunday => "weekday-sunday",
    }
}

/// The `tel:` address of a number as the profile writes it ("+47 55 55 33 33"): its digits,
/// after a leading "+" where it has one, so every phone dials it the same way.
pub fn tel_href(phone: &str) -> String {
    let plus = if phone.trim_start().starts_with('+') {
        "+"
    } else {
        ""
    };
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{plus}{digits}")
}

/// One line of opening hours in `i18n`'s language: "Monday–Friday 09:00–15:00", or one day's.
fn opening_line(i18n: I18n, hours: &OpeningHours) -> String {
    let lang = i18n.language.get().id;
    let opens = format::ltr(hours.opens.clone(), lang);
    let closes = format::ltr(hours.closes.clone(), lang);
    if hours.first_day == hours.last_day {
        tr!(i18n, "opening-hours-day", {
            "day" => i18n.tr(weekday_message(hours.first_day)),
            "opens" => opens,
            "closes" => closes,
        })
    } else {
        tr!(i18n, "opening-hours-range", {
            "first" => i18n.tr(weekday_message(hours.first_day)),
            "last" => i18n.tr(weekday_message(hours.last_day)),
            "opens" => opens,
            "closes" => closes,
        })
    }
}

/// The housing office of `municipality` (its name, as the resident knows it), from `contact`.
#[component]
pub fn ContactCard(contact: Contact, municipality: String) -> impl IntoView {
    let office = contact.office.value.clone();
    let heading = twin_text(move |i18n| {
        tr!(i18n, "contact-card-office", {
            "office" => office.clone(),
            "municipality" => municipality.clone(),
        })
    });
    let phone = contact.phone.map(|phone| {
        let href = tel_href(&phone.value);
        view! {
            <dt><Tr id="contact-card-phone" /></dt>
            <dd>{ltr(view! { <a href=href dir="ltr" data-testid="contact-phone">{phone.value}</a> })}</dd>
        }
    });
    let web = contact.web.map(|web| {
        let shown = web.value.trim_start_matches("https://").to_string();
        view! {
            <dt><Tr id="contact-card-web" /></dt>
            <dd>{ltr(view! { <a href=web.value rel="noopener" translate="no">{shown}</a> })}</dd>
        }
    });
    let address = contact.address.map(|address| {
        view! {
            <dt><Tr id="contact-card-address" /></dt>
            <dd translate="no" lang="nb">{ltr(address.value)}</dd>
        }
    });
    let hours = contact
        .opening_hours
        .filter(|h| !h.value.is_empty())
        .map(|hours| {
            let lines = hours
                .value
                .into_iter()
                .map(|h| view! { <li>{twin_text(move |i18n| opening_line(i18n, &h))}</li> })
                .collect_view();
            view! {
                <dt><Tr id="contact-card-opening-hours" /></dt>
                <dd><ul class="opening-hours">{lines}</ul></dd>
            }
        });
    let interpreter = contact.books_interpreters.map(|books| {
        let id = if books.value {
            "contact-card-books-interpreters"
        } else {
            "contact-card-ask-for-interpreter"
        };
        view! { <p><Tr id=id /></p> }
    });
    view! {
        <div class="contact-card" data-testid="contact-card">
            <p class="contact-office"><strong>{heading}</strong></p>
            <dl>{phone}{web}{address}{hours}</dl>
            {interpreter}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::tel_href;

    #[test]
    fn a_phone_link_dials_digits_only() {
        assert_eq!(tel_href("+47 55 55 33 33"), "tel:+4755553333");
        assert_eq!(tel_href("64 83 50 00"), "tel:64835000");
    }
}
