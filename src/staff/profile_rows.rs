//! Every value of a profile edition as a row for the staff page: what it is, the value in
//! Norwegian words, how sure it is and where it comes from. Values the edition leaves out are
//! not rows: the page says which national value applies instead.

use rules::profile::{
    Certainty, LivingCostsNorm, OpeningHours, ProfileEdition, Recipient, SavingWaiver, Sourced,
};
use rust_decimal::Decimal;

use super::text::{s, s_with};
use crate::format;

/// One value: its label's message id, the value as text, its certainty and source.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub value: String,
    pub status: Certainty,
    pub source: String,
}

/// A certainty in words.
pub fn certainty(status: Certainty) -> String {
    s(match status {
        Certainty::Verified => "staff-profile-verified",
        Certainty::FromSeed => "staff-profile-from-seed",
        Certainty::Assumed => "staff-profile-assumed",
    })
}

fn yes_no(value: bool) -> String {
    s(if value {
        "staff-csv-yes"
    } else {
        "staff-csv-no"
    })
}

fn years(n: u32) -> String {
    s_with("staff-profile-years", &[("n", n.to_string())])
}

fn months(n: u32) -> String {
    s_with("staff-profile-months", &[("n", n.to_string())])
}

fn percent(ratio: Decimal) -> String {
    format::percent(ratio, "nb")
}

fn living_costs(norm: LivingCostsNorm) -> String {
    s(match norm {
        LivingCostsNorm::Sifo => "staff-profile-living-costs-sifo",
        LivingCostsNorm::StateGuideline => "staff-profile-living-costs-state",
    })
}

fn waiver(w: SavingWaiver) -> String {
    s(match w {
        SavingWaiver::ChildrenOrHealth => "staff-profile-waiver-children-or-health",
        SavingWaiver::RefinanceToStay => "staff-profile-waiver-refinance",
        SavingWaiver::Work => "staff-profile-waiver-work",
        SavingWaiver::FreesMunicipalHome => "staff-profile-waiver-frees-home",
    })
}

/// Who handles a kind of help, in words.
pub fn recipient(to: Recipient) -> String {
    s(match to {
        Recipient::HousingOffice => "staff-profile-to-housing-office",
        Recipient::Nav => "staff-profile-to-nav",
        Recipient::Husbanken => "staff-profile-to-husbanken",
    })
}

fn hours(list: &[OpeningHours]) -> String {
    let day = |d| s(crate::components::contact_card::weekday_message(d));
    list.iter()
        .map(|h| {
            if h.first_day == h.last_day {
                format!("{} {}–{}", day(h.first_day), h.opens, h.closes)
            } else {
                format!(
                    "{}–{} {}–{}",
                    day(h.first_day),
                    day(h.last_day),
                    h.opens,
                    h.closes
                )
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The rows of `edition`, section by section: (section's heading id, rows).
pub fn sections(edition: &ProfileEdition) -> Vec<(&'static str, Vec<Row>)> {
    fn row<T>(label: &'static str, v: &Sourced<T>, text: impl FnOnce(&T) -> String) -> Row {
        Row {
            label,
            value: text(&v.value),
            status: v.status,
            source: v.source.clone(),
        }
    }
    let r = &edition.rental_home;
    let mut rental = vec![row(
        "staff-profile-residence-permit",
        &r.residence_permit,
        |v| yes_no(*v),
    )];
    rental.extend(
        r.residence_years
            .as_ref()
            .map(|v| row("staff-profile-residence-years", v, |n| years(*n))),
    );
    rental.extend([
        row("staff-profile-min-age", &r.min_age, |n| years(*n)),
        row(
            "staff-profile-younger-with-children",
            &r.younger_with_children,
            |v| yes_no(*v),
        ),
        row("staff-profile-lease-ending", &r.lease_ending_months, |n| {
            months(*n)
        }),
        row(
            "staff-profile-leaving-institution",
            &r.leaving_institution_months,
            |n| months(*n),
        ),
    ]);
    rental.extend(
        edition
            .allocation_guarantee_months
            .as_ref()
            .map(|v| row("staff-profile-allocation-guarantee", v, |n| months(*n))),
    );

    let l = &edition.startlan;
    let mut startlan = Vec::new();
    startlan.extend(
        l.residence_months
            .as_ref()
            .map(|v| row("staff-profile-startlan-residence", v, |n| months(*n))),
    );
    startlan.push(row(
        "staff-profile-home-in-municipality",
        &l.home_in_municipality,
        |v| yes_no(*v),
    ));
    for (label, value) in [
        ("staff-profile-interest-margin", &l.interest_margin),
        ("staff-profile-interest-rate", &l.interest_rate),
        ("staff-profile-stress-add-on", &l.stress_add_on),
    ] {
        startlan.extend(value.as_ref().map(|v| row(label, v, |p| percent(*p))));
    }
    startlan.extend(
        l.longest_term_years
            .as_ref()
            .map(|v| row("staff-profile-longest-term", v, |n| years(*n))),
    );
    startlan.push(row("staff-profile-living-costs", &l.living_costs, |n| {
        living_costs(*n)
    }));
    startlan.push(row(
        "staff-profile-saving-requirement",
        &l.saving_requirement,
        |v| yes_no(*v),
    ));
    startlan.extend(l.saving_waivers.as_ref().map(|v| {
        row("staff-profile-saving-waivers", v, |list| {
            list.iter()
                .map(|w| waiver(*w))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }));

    let o = &edition.offers;
    let mut offers: Vec<Row> = [
        ("help-municipal-rental-home", &o.municipal_rental_home),
        ("help-startlan", &o.startlan),
        ("help-tilskudd", &o.tilskudd_til_etablering),
        ("staff-profile-tilvisningsavtaler", &o.tilvisningsavtaler),
        ("help-deposit-guarantee", &o.deposit_guarantee),
        ("help-housing-first", &o.housing_first),
        ("help-follow-up-at-home", &o.follow_up_at_home),
    ]
    .into_iter()
    .map(|(label, v)| row(label, v, |b| yes_no(*b)))
    .collect();
    if let Some(d) = &o.deleie {
        offers.push(row("staff-profile-deleie-share", &d.minimum_share, |p| {
            percent(*p)
        }));
        offers.push(row(
            "staff-profile-deleie-compensation",
            &d.compensation_rate,
            |p| percent(*p),
        ));
    }
    if let Some(t) = &o.leie_til_eie {
        offers.push(row(
            "staff-profile-leie-til-eie-share",
            &t.first_share,
            |p| percent(*p),
        ));
        offers.push(row(
            "staff-profile-leie-til-eie-rest",
            &t.rest_after_years,
            |n| years(*n),
        ));
        offers.push(row("staff-profile-leie-til-eie-rent", &t.rent_rate, |p| {
            percent(*p)
        }));
    }
    let routing: Vec<Row> = edition
        .routing
        .iter()
        .map(|r| Row {
            label: r.help.message_id(),
            value: s_with("staff-profile-routed-to", &[("to", recipient(r.to))]),
            status: r.status,
            source: r.source.clone(),
        })
        .collect();

    let c = &edition.contact;
    let mut contact = vec![row("staff-profile-office", &c.office, Clone::clone)];
    contact.extend(
        c.address
            .as_ref()
            .map(|v| row("contact-card-address", v, Clone::clone)),
    );
    contact.extend(
        c.phone
            .as_ref()
            .map(|v| row("contact-card-phone", v, Clone::clone)),
    );
    contact.extend(
        c.opening_hours
            .as_ref()
            .map(|v| row("contact-card-opening-hours", v, |list| hours(list))),
    );
    contact.extend(
        c.web
            .as_ref()
            .map(|v| row("contact-card-web", v, Clone::clone)),
    );
    contact.extend(
        c.books_interpreters
            .as_ref()
            .map(|v| row("staff-profile-books-interpreters", v, |b| yes_no(*b))),
    );

    [
        ("staff-profile-rental-home", rental),
        ("staff-profile-startlan", startlan),
        ("staff-profile-offers", offers),
        ("staff-profile-routing", routing),
        ("staff-profile-contact", contact),
    ]
    .into_iter()
    .filter(|(_, rows)| !rows.is_empty())
    .collect()
}
