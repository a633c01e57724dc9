//! Checking a profile before it is used: dates in order, a source for every value, each value in
//! a plausible range, and offers that hang together.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{MunicipalityProfile, NATIONAL, ProfileEdition, ProfileError, Sourced};

impl MunicipalityProfile {
    /// Every fault in the profile, each with its edition and field; empty when it may be used.
    /// The server refuses to start with a faulty profile and `rules/tests/profiles.rs` checks the
    /// repository's, so a faulty edition never reaches a resident.
    pub fn check(&self) -> Vec<ProfileError> {
        let mut faults = Vec::new();
        let mut fault = |edition: Option<NaiveDate>, field: &str, problem: String| {
            faults.push(ProfileError {
                edition,
                field: field.to_string(),
                problem,
            })
        };
        if self.municipality != NATIONAL {
            let first = self.editions.first().map(|e| e.from);
            let known = first.is_some_and(|date| {
                crate::municipality::resolve(&self.municipality, date).is_ok_and(|r| {
                    r.replaced.is_none() && r.municipality.number == self.municipality
                })
            });
            if !known {
                fault(
                    None,
                    "municipality",
                    format!(
                        "{:?} is not a municipality number in force from the first edition",
                        self.municipality
                    ),
                );
            }
        }
        for (field, text) in [("name", &self.name), ("reference", &self.reference)] {
            if text.trim().is_empty() {
                fault(None, field, "is empty".into());
            }
        }
        if !self.href.starts_with("https://") {
            fault(None, "href", "must be an https:// address".into());
        }
        if self.editions.is_empty() {
            fault(
                None,
                "edition",
                "a profile needs at least one edition".into(),
            );
        }
        for pair in self.editions.windows(2) {
            if pair[1].from <= pair[0].from {
                fault(
                    Some(pair[1].from),
                    "from",
                    format!("must come after the edition before ({})", pair[0].from),
                );
            }
            if pair[0].until.is_some_and(|u| u >= pair[1].from) {
                fault(
                    Some(pair[0].from),
                    "until",
                    format!("must end before the next edition ({})", pair[1].from),
                );
            }
        }
        for edition in &self.editions {
            for ProfileError { field, problem, .. } in edition.check() {
                fault(Some(edition.from), &field, problem);
            }
        }
        faults
    }
}

/// Collects an edition's faults.
#[derive(Default)]
struct Faults(Vec<ProfileError>);

impl Faults {
    fn add(&mut self, field: &str, problem: impl Into<String>) {
        self.0.push(ProfileError {
            edition: None,
            field: field.to_string(),
            problem: problem.into(),
        });
    }

    /// A value's source is given, and its value lies in `min..=max`.
    fn sourced<T: PartialOrd + fmt::Display>(
        &mut self,
        field: &str,
        v: &Sourced<T>,
        min: T,
        max: T,
    ) {
        self.source(field, &v.source);
        if v.value < min || v.value > max {
            self.add(field, format!("{} is outside {min}..={max}", v.value));
        }
    }

    fn source(&mut self, field: &str, source: &str) {
        if source.trim().is_empty() {
            self.add(field, "has no source");
        }
    }

    fn optional<T: PartialOrd + fmt::Display>(
        &mut self,
        field: &str,
        v: &Option<Sourced<T>>,
        min: T,
        max: T,
    ) {
        if let Some(v) = v {
            self.sourced(field, v, min, max);
        }
    }

    fn share(&mut self, field: &str, v: &Sourced<Decimal>) {
        self.source(field, &v.source);
        if v.value <= Decimal::ZERO || v.value >= Decimal::ONE {
            self.add(
                field,
                format!("{} must be a share between 0 and 1", v.value),
            );
        }
    }
}

impl ProfileEdition {
    /// The edition's own faults (the profile adds the edition's date).
    fn check(&self) -> Vec<ProfileError> {
        let mut f = Faults::default();
        let ratio = |points: i64| Decimal::new(points, 2);
        if self.decided.trim().is_empty() {
            f.add("decided", "is empty");
        }
        if self.until.is_some_and(|u| u < self.from) {
            f.add("until", "is before from");
        }
        let r = &self.rental_home;
        f.sourced(
            "rental_home.residence_permit",
            &r.residence_permit,
            false,
            true,
        );
        f.optional("rental_home.residence_years", &r.residence_years, 1, 10);
        f.sourced("rental_home.min_age", &r.min_age, 15, 25);
        f.sourced(
            "rental_home.younger_with_children",
            &r.younger_with_children,
            false,
            true,
        );
        f.sourced(
            "rental_home.lease_ending_months",
            &r.lease_ending_months,
            1,
            24,
        );
        f.sourced(
            "rental_home.leaving_institution_months",
            &r.leaving_institution_months,
            1,
            24,
        );

        let s = &self.startlan;
        f.optional("startlan.residence_months", &s.residence_months, 1, 120);
        f.sourced(
            "startlan.home_in_municipality",
            &s.home_in_municipality,
            false,
            true,
        );
        f.optional(
            "startlan.interest_margin",
            &s.interest_margin,
            Decimal::ZERO,
            ratio(5),
        );
        f.optional(
            "startlan.interest_rate",
            &s.interest_rate,
            Decimal::ZERO,
            ratio(20),
        );
        if s.interest_margin.is_some() && s.interest_rate.is_some() {
            f.add(
                "startlan.interest_rate",
                "give either a margin on Husbanken's rate or a whole rate, not both",
            );
        }
        f.optional(
            "startlan.stress_add_on",
            &s.stress_add_on,
            Decimal::ZERO,
            ratio(10),
        );
        f.optional("startlan.longest_term_years", &s.longest_term_years, 5, 50);
        f.source("startlan.living_costs", &s.living_costs.source);
        f.sourced(
            "startlan.saving_requirement",
            &s.saving_requirement,
            false,
            true,
        );
        if let Some(w) = &s.saving_waivers {
            f.source("startlan.saving_waivers", &w.source);
        }

        let o = &self.offers;
        for (field, offer) in [
            ("offers.municipal_rental_home", &o.municipal_rental_home),
            ("offers.startlan", &o.startlan),
            ("offers.tilskudd_til_etablering", &o.tilskudd_til_etablering),
            ("offers.tilvisningsavtaler", &o.tilvisningsavtaler),
            ("offers.deposit_guarantee", &o.deposit_guarantee),
            ("offers.housing_first", &o.housing_first),
            ("offers.follow_up_at_home", &o.follow_up_at_home),
        ] {
            f.sourced(field, offer, false, true);
        }
        if let Some(d) = &o.deleie {
            f.share("offers.deleie.minimum_share", &d.minimum_share);
            f.sourced(
                "offers.deleie.compensation_rate",
                &d.compensation_rate,
                Decimal::ZERO,
                ratio(20),
            );
        }
        if let Some(l) = &o.leie_til_eie {
            f.share("offers.leie_til_eie.first_share", &l.first_share);
            f.sourced(
                "offers.leie_til_eie.rest_after_years",
                &l.rest_after_years,
                1,
                20,
            );
            f.sourced(
                "offers.leie_til_eie.rent_rate",
                &l.rent_rate,
                Decimal::ZERO,
                ratio(20),
            );
        }
        if (o.deleie.is_some() || o.leie_til_eie.is_some()) && !o.startlan.value {
            f.add(
                "offers.startlan",
                "deleie and leie til eie are bought with startlån: offer it too",
            );
        }
        f.optional(
            "allocation_guarantee_months",
            &self.allocation_guarantee_months,
            1,
            60,
        );

        let c = &self.contact;
        f.source("contact.office", &c.office.source);
        if c.office.value.trim().is_empty() {
            f.add("contact.office", "is empty");
        }
        if let Some(t) = &c.address {
            f.source("contact.address", &t.source);
            if t.value.trim().is_empty() {
                f.add("contact.address", "is empty");
            }
        }
        if let Some(hours) = &c.opening_hours {
            f.source("contact.opening_hours", &hours.source);
            for h in &hours.value {
                if h.last_day < h.first_day
                    || !is_clock_time(&h.opens)
                    || !is_clock_time(&h.closes)
                    || h.closes <= h.opens
                {
                    f.add(
                        "contact.opening_hours",
                        "each needs first_day <= last_day and opens < closes as HH:MM",
                    );
                }
            }
        }
        if let Some(phone) = &c.phone {
            f.source("contact.phone", &phone.source);
            let digits = phone.value.chars().filter(char::is_ascii_digit).count();
            let dialable = phone
                .value
                .chars()
                .all(|ch| ch.is_ascii_digit() || ch == ' ' || ch == '+');
            if !dialable || !(8..=15).contains(&digits) {
                f.add(
                    "contact.phone",
                    "must be 8 to 15 digits, with spaces or a leading + only",
                );
            }
        }
        if let Some(web) = &c.web {
            f.source("contact.web", &web.source);
            if !web.value.starts_with("https://") {
                f.add("contact.web", "must be an https:// address");
            }
        }
        if let Some(b) = &c.books_interpreters {
            f.source("contact.books_interpreters", &b.source);
        }
        for r in &self.routing {
            f.source("routing", &r.source);
        }
        if self
            .routing
            .iter()
            .enumerate()
            .any(|(i, r)| self.routing[..i].iter().any(|o| o.help == r.help))
        {
            f.add("routing", "names a kind of help twice");
        }
        f.0
    }
}

/// "HH:MM" on a 24-hour clock.
fn is_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 5
        && bytes[2] == b':'
        && text[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && text[3..].parse::<u8>().is_ok_and(|m| m < 60)
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 2 || b.is_ascii_digit())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
