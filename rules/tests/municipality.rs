//! What a resident may type for a municipality, and what the rules make of it: names as people
//! write them, Sámi and Kven names, names in other scripts, and numbers replaced since 2018.

use chrono::NaiveDate;
use rules::municipality::{Lookup, chain, lookup, resolve, search};
use rules::parameters::MUNICIPALITIES;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

/// The number `text` leads to, and the old number when it was replaced; panics otherwise.
fn found(text: &str) -> (&'static str, Option<&'static str>) {
    match lookup(text, today()) {
        Lookup::Found(r) => (r.municipality.number, r.replaced.map(|m| m.number)),
        other => panic!("{text:?}: expected one municipality, got {other:?}"),
    }
}

fn candidates(text: &str) -> Vec<&'static str> {
    match lookup(text, today()) {
        Lookup::Several(list) => list.iter().map(|m| m.number).collect(),
        other => panic!("{text:?}: expected candidates, got {other:?}"),
    }
}

#[test]
fn oslo_as_people_write_it() {
    for text in [
        "Oslo",
        "oslo",
        "OSLO",
        " Oslo kommune ",
        "Oslo (0301)",
        "0301",
        "301",
        "kommune Oslo",
        "Oslo municipality",
        "Oslo-kommune",
    ] {
        assert_eq!(found(text), ("0301", None), "{text:?}");
    }
}

#[test]
fn names_with_or_without_norwegian_letters() {
    for text in ["Bærum", "Baerum", "Barum", "BÆRUM", "bærum kommune"] {
        assert_eq!(found(text), ("3201", None), "{text:?}");
    }
    for text in ["Tromsø", "Tromso", "Tromsoe", "TROMSØ"] {
        assert_eq!(found(text), ("5501", None), "{text:?}");
    }
    for text in ["Ås", "As", "Aas", "ås kommune"] {
        assert_eq!(found(text), ("3218", None), "{text:?}");
    }
    for text in ["Lørenskog", "Lorenskog", "Loerenskog"] {
        assert_eq!(found(text), ("3222", None), "{text:?}");
    }
}

#[test]
fn sami_and_kven_parallel_names() {
    assert_eq!(found("Guovdageaidnu"), ("5612", None));
    assert_eq!(found("Kárášjohka"), ("5610", None));
    assert_eq!(found("Karasjohka"), ("5610", None), "without Sámi letters");
    assert_eq!(found("Porsáŋgu"), ("5622", None));
    assert_eq!(found("Porsanki"), ("5622", None), "Kven");
    assert_eq!(found("Tråante"), ("5001", None), "South Sámi");
    assert_eq!(found("Unjárga gielda"), ("5636", None));
}

#[test]
fn names_in_other_scripts() {
    assert_eq!(found("أوسلو"), ("0301", None), "Arabic");
    assert_eq!(
        found("اوسلو"),
        ("0301", None),
        "Arabic without hamza, Pashto"
    );
    assert_eq!(found("اسلو"), ("0301", None), "Persian");
    assert_eq!(found("Осло"), ("0301", None), "Ukrainian");
    assert_eq!(found("Берген"), ("4601", None));
    assert_eq!(found("Тронгейм"), ("5001", None));
    assert_eq!(found("Тронхейм"), ("5001", None));
    assert_eq!(found("برگن"), ("4601", None), "Persian gaf");
    assert_eq!(found("برګن"), ("4601", None), "Pashto gaf");
    assert_eq!(found("ኦስሎ"), ("0301", None), "Tigrinya");
    assert_eq!(found("٠٣٠١"), ("0301", None), "Arabic-Indic digits");
    assert_eq!(found("۰۳۰۱"), ("0301", None), "Persian digits");
}

#[test]
fn a_number_replaced_since_2018_says_what_it_became() {
    // The 2020 reform, then the 2024 split of Viken: 0105 -> 3003 -> 3105.
    assert_eq!(found("0105"), ("3105", Some("0105")));
    let old = resolve("0105", today())
        .expect("Sarpsborg")
        .replaced
        .expect("old");
    let steps: Vec<_> = chain(old, today()).iter().map(|m| m.number).collect();
    assert_eq!(steps, ["0105", "3003", "3105"]);
    // Trøndelag 2018: 1601 -> 5001, and Klæbu 1662 -> 5030 -> 5001 in 2020.
    assert_eq!(found("1601"), ("5001", Some("1601")));
    assert_eq!(found("1662"), ("5001", Some("1662")));
    // Bærum 0219 -> 3024 -> 3201.
    assert_eq!(found("0219"), ("3201", Some("0219")));
    // In force when the number was: 3003 was Sarpsborg's number in 2022.
    let then = resolve("3003", NaiveDate::from_ymd_opt(2022, 6, 1).expect("date")).expect("2022");
    assert_eq!((then.municipality.number, then.replaced), ("3003", None));
}

#[test]
fn the_2020_numbers_of_innlandet_agder_rogaland_and_vestland() {
    // Renumbered, same municipality.
    assert_eq!(found("0403"), ("3403", Some("0403")), "Hamar");
    assert_eq!(found("0501"), ("3405", Some("0501")), "Lillehammer");
    assert_eq!(found("0906"), ("4203", Some("0906")), "Arendal");
    assert_eq!(found("0914"), ("4213", Some("0914")), "Tvedestrand");
    assert_eq!(found("1201"), ("4601", Some("1201")), "Bergen");
    assert_eq!(found("1449"), ("4651", Some("1449")), "Stryn");
    // Merged.
    for old in ["1001", "1017", "1018"] {
        assert_eq!(found(old), ("4204", Some(old)), "Kristiansand");
    }
    for old in ["1002", "1021", "1029"] {
        assert_eq!(found(old), ("4205", Some(old)), "Lindesnes");
    }
    for old in ["1256", "1260", "1263"] {
        assert_eq!(found(old), ("4631", Some(old)), "Alver");
    }
    for old in ["1430", "1431", "1432", "1433"] {
        assert_eq!(found(old), ("4647", Some(old)), "Sunnfjord");
    }
    assert_eq!(found("1141"), ("1103", Some("1141")), "Finnøy");
    assert_eq!(found("1142"), ("1103", Some("1142")), "Rennesøy");
    assert_eq!(found("1102"), ("1108", Some("1102")), "Sandnes");
    assert_eq!(found("1444"), ("1577", Some("1444")), "Hornindal to Volda");
    // By the old name.
    assert_eq!(found("Lindås"), ("4631", Some("1263")));
    assert_eq!(found("Odda"), ("4618", Some("1228")));
    assert_eq!(found("Sogne"), ("4204", Some("1018")), "Søgne without ø");
    // A name that is both the old and the new one is no change.
    assert_eq!(found("Kristiansand"), ("4204", None));
    assert_eq!(found("Sandnes"), ("1108", None));
}

#[test]
fn a_2020_boundary_change_makes_the_old_number_ask_which() {
    for (old, into) in [
        ("1439", ["4602", "4649"]),
        ("1418", ["4638", "4640"]),
        ("1129", ["1108", "1130"]),
    ] {
        match lookup(old, today()) {
            Lookup::Divided { old: o, into: i } => {
                assert_eq!(o.number, old);
                let mut numbers: Vec<_> = i.iter().map(|m| m.number).collect();
                numbers.sort_unstable();
                assert_eq!(numbers, into, "{old}");
            }
            other => panic!("{old}: expected a division, got {other:?}"),
        }
    }
}

#[test]
fn every_2020_municipality_of_innlandet_agder_and_vestland_has_its_old_numbers() {
    // Every municipality of these counties got a new number in 2020, so each must be the
    // successor of at least one number that ended on 31 December 2019.
    let end_2019 = NaiveDate::from_ymd_opt(2019, 12, 31).expect("date");
    for m in MUNICIPALITIES.iter().filter(|m| {
        m.valid_to.is_none() && ["34", "42", "46"].iter().any(|c| m.number.starts_with(c))
    }) {
        assert!(
            MUNICIPALITIES
                .iter()
                .any(|o| o.valid_to == Some(end_2019) && o.replaced_by.contains(&m.number)),
            "{} {} has no number before 2020",
            m.number,
            m.name
        );
    }
}

#[test]
fn an_old_name_says_what_it_became() {
    assert_eq!(found("Skedsmo"), ("3205", Some("0231")));
    assert_eq!(found("Fræna"), ("1579", Some("1548")));
    assert_eq!(found("Fraena"), ("1579", Some("1548")));
    assert_eq!(
        found("Sarpsborg"),
        ("3105", None),
        "a name still in use is no change"
    );
}

/// Walking it as a new user: "Ålesund" typed by name offered Ålesund and Haram with no word of
/// why. The old Ålesund (1507) was divided in 2024, and one part kept the name: say so, and ask.
#[test]
fn a_divided_name_says_it_was_divided_even_when_a_part_kept_it() {
    for text in ["Ålesund", "Aalesund", "alesund kommune"] {
        match lookup(text, today()) {
            Lookup::Divided { old, into } => {
                assert_eq!(old.number, "1507", "{text}");
                let numbers: Vec<_> = into.iter().map(|m| m.number).collect();
                assert_eq!(numbers, ["1508", "1580"], "{text}");
            }
            other => panic!("{text:?}: expected the division, got {other:?}"),
        }
    }
    // Two in force with the same name still only ask.
    assert_eq!(candidates("Herøy"), ["1515", "1818"]);
}

#[test]
fn a_divided_municipality_asks_which() {
    match lookup("1507", today()) {
        Lookup::Divided { old, into } => {
            assert_eq!(old.number, "1507");
            let numbers: Vec<_> = into.iter().map(|m| m.number).collect();
            assert_eq!(numbers, ["1508", "1580"]);
        }
        other => panic!("Ålesund 1507 was divided in 2024, got {other:?}"),
    }
    match lookup("5012", today()) {
        Lookup::Divided { old, into } => {
            assert_eq!(old.name, "Snillfjord");
            assert_eq!(into.len(), 3);
        }
        other => panic!("Snillfjord was divided in 2020, got {other:?}"),
    }
    match lookup("Tysfjord", today()) {
        Lookup::Divided { into, .. } => {
            let numbers: Vec<_> = into.iter().map(|m| m.number).collect();
            assert_eq!(numbers, ["1806", "1875"]);
        }
        other => panic!("Tysfjord was divided in 2020, got {other:?}"),
    }
    assert_eq!(
        resolve("1507", today()).expect_err("divided").message_id(),
        "error-municipality-divided"
    );
}

#[test]
fn ambiguous_text_offers_candidates_and_never_guesses() {
    assert_eq!(candidates("Herøy"), ["1515", "1818"]);
    assert_eq!(candidates("Valer"), ["3114", "3419"]);
    // Os in Innlandet, and Os in Hordaland, now Bjørnafjorden.
    assert_eq!(candidates("Os"), ["3430", "4624"]);
    // Bø in Nordland, and Bø in Telemark, now Midt-Telemark.
    assert_eq!(candidates("Bø"), ["1867", "4020"]);
    // The start of a name is not a name: Trondheim is offered, not chosen.
    assert_eq!(candidates("Trondh"), ["5001"]);
    let kristian = candidates("Kristians");
    assert!(kristian.contains(&"4204") && kristian.contains(&"1505"));
}

#[test]
fn nothing_found_is_said() {
    for text in ["", "   ", "kommune", "9999", "12", "Atlantis", "123456"] {
        assert_eq!(lookup(text, today()), Lookup::NotFound, "{text:?}");
    }
}

#[test]
fn search_finds_by_name_number_and_other_names() {
    let date = today();
    assert_eq!(search("bærum", date, 5)[0].number, "3201");
    assert_eq!(search("baerum", date, 5)[0].number, "3201");
    assert_eq!(search("5001", date, 5)[0].name, "Trondheim");
    assert_eq!(search("guovdageaidnu", date, 5)[0].name, "Kautokeino");
    assert_eq!(search("أوسلو", date, 5)[0].number, "0301");
    assert!(
        search("3024", date, 5).is_empty(),
        "replaced numbers are not offered"
    );
    assert_eq!(search("", date, 400).len(), 357);
}
