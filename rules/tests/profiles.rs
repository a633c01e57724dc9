//! The repository's municipality profiles (`../municipalities`): each file parses, passes its
//! checks and is named by its number; the national default exists; and the profile in force is
//! the municipality's own where it has one, the national default otherwise.
#![cfg(not(target_arch = "wasm32"))]

use std::{fs, path::PathBuf};

use chrono::NaiveDate;
use rules::profile::{MunicipalityProfile, NATIONAL, ProfileSet};

fn directory() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../municipalities")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// Every profile file, by file name, parsed; panics naming the file that does not parse.
fn files() -> Vec<(String, MunicipalityProfile)> {
    let mut found: Vec<(String, MunicipalityProfile)> = fs::read_dir(directory())
        .expect("the municipalities directory")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("a file name")
                .to_string();
            let text = fs::read_to_string(&path).expect("readable");
            let profile = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, profile)
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

fn set() -> ProfileSet {
    ProfileSet {
        profiles: files().into_iter().map(|(_, p)| p).collect(),
    }
}

#[test]
fn every_file_parses_and_passes_its_checks() {
    let files = files();
    assert!(
        files.len() >= 5,
        "the national default and the four seed municipalities, found {:?}",
        files.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    for (name, profile) in &files {
        let faults = profile.check();
        assert!(
            faults.is_empty(),
            "{name}: {}",
            faults
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
}

#[test]
fn a_file_is_named_by_its_municipality_number() {
    for (name, profile) in files() {
        if profile.municipality == NATIONAL {
            assert_eq!(name, "national.toml");
        } else {
            let prefix = format!("{}-", profile.municipality);
            assert!(
                name.starts_with(&prefix) && name.len() > prefix.len() + ".toml".len(),
                "{name} holds municipality {}: name it {prefix}<name>.toml",
                profile.municipality
            );
        }
    }
}

#[test]
fn each_municipality_has_one_file() {
    let files = files();
    for (i, (name, profile)) in files.iter().enumerate() {
        let twin = files[..i]
            .iter()
            .find(|(_, other)| other.municipality == profile.municipality);
        assert!(
            twin.is_none(),
            "{name} and {} both hold {}",
            twin.map(|(n, _)| n.as_str()).unwrap_or_default(),
            profile.municipality
        );
    }
}

#[test]
fn the_seed_municipalities_have_their_own() {
    let numbers: Vec<String> = files().into_iter().map(|(_, p)| p.municipality).collect();
    for number in [NATIONAL, "3224", "3103", "3105", "1108"] {
        assert!(
            numbers.iter().any(|n| n == number),
            "no profile for {number}"
        );
    }
}

#[test]
fn the_national_default_has_an_edition_for_today() {
    let set = set();
    let national = set
        .profiles
        .iter()
        .find(|p| p.municipality == NATIONAL)
        .expect("national.toml");
    for date in [day(2024, 1, 1), day(2026, 12, 1), day(2030, 1, 1)] {
        assert!(national.at(date).is_some(), "no national edition on {date}");
    }
}

#[test]
fn ralingen_gets_its_own_edition() {
    let set = set();
    let found = set.in_force("3224", day(2026, 12, 1)).expect("a profile");
    assert!(!found.is_national());
    assert_eq!(found.profile.municipality, "3224");
    assert_eq!(found.profile.name, "Rælingen");
    let rental = &found.edition.rental_home;
    assert_eq!(rental.residence_years.as_ref().map(|y| y.value), Some(3));
    assert_eq!(rental.leaving_institution_months.value, 6);
    assert_eq!(
        found
            .edition
            .allocation_guarantee_months
            .as_ref()
            .map(|m| m.value),
        Some(6)
    );
}

#[test]
fn a_municipality_without_a_profile_gets_the_national_default() {
    let set = set();
    let found = set.in_force("0301", day(2026, 12, 1)).expect("a profile");
    assert!(found.is_national());
    assert_eq!(
        found.edition.rental_home.leaving_institution_months.value,
        2
    );
}

#[test]
fn before_ralingens_first_edition_the_national_default_applies() {
    let set = set();
    let first = set
        .profiles
        .iter()
        .find(|p| p.municipality == "3224")
        .and_then(|p| p.editions.first())
        .expect("Rælingen's first edition")
        .from;
    let before = first.pred_opt().expect("a day before");
    let found = set.in_force("3224", before).expect("a profile");
    assert!(found.is_national(), "on {before}");
    assert!(
        !set.in_force("3224", first)
            .expect("a profile")
            .is_national()
    );
}

#[test]
fn sarpsborg_offers_deleie_and_leie_til_eie_and_moss_asks_two_years() {
    let set = set();
    let sarpsborg = set.in_force("3105", day(2026, 12, 1)).expect("a profile");
    let offers = &sarpsborg.edition.offers;
    let deleie = offers.deleie.as_ref().expect("Sarpsborg's deleie");
    assert_eq!(deleie.minimum_share.value.to_string(), "0.5");
    let leie = offers
        .leie_til_eie
        .as_ref()
        .expect("Sarpsborg's leie til eie");
    assert_eq!(leie.rest_after_years.value, 3);

    let moss = set.in_force("3103", day(2026, 12, 1)).expect("a profile");
    let years = moss.edition.rental_home.residence_years.as_ref();
    assert_eq!(years.map(|y| y.value), Some(2));
}

#[test]
fn the_profiles_reach_the_app_unchanged() {
    // The server serves the set as JSON and the app reads it back (src/profiles.rs).
    let set = set();
    let json = serde_json::to_string(&set).expect("serialises");
    let back: ProfileSet = serde_json::from_str(&json).expect("the app reads it");
    assert_eq!(back, set);
}
