//! Municipality numbers by date: the 357 municipalities from 1 January 2024, and the numbers they
//! replaced, so an old number gets a clear answer instead of "unknown".

use chrono::NaiveDate;

use crate::{
    RulesError,
    parameters::{MUNICIPALITIES, Municipality},
};

/// The municipality a number names on `date`; a number replaced before then resolves to its
/// successor, which the caller should tell the user about (`replaced` is then the old number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub municipality: &'static Municipality,
    pub replaced: Option<&'static Municipality>,
}

/// Finds `number` (four digits) as in force on `date`.
pub fn resolve(number: &str, date: NaiveDate) -> Result<Resolved, RulesError> {
    let unknown = || RulesError::UnknownMunicipality {
        number: number.chars().take(8).collect(),
    };
    let found = find(number).ok_or_else(unknown)?;
    if found.valid_from > date {
        return Err(RulesError::MunicipalityNotInForce {
            number: number.to_string(),
            date,
        });
    }
    match (found.valid_to, found.replaced_by) {
        (Some(to), Some(successor)) if to < date => {
            let next = find(successor).ok_or_else(unknown)?;
            Ok(Resolved {
                municipality: next,
                replaced: Some(found),
            })
        }
        (Some(to), None) if to < date => Err(RulesError::MunicipalityNotInForce {
            number: number.to_string(),
            date,
        }),
        _ => Ok(Resolved {
            municipality: found,
            replaced: None,
        }),
    }
}

fn find(number: &str) -> Option<&'static Municipality> {
    MUNICIPALITIES
        .binary_search_by(|m| m.number.cmp(number))
        .ok()
        .map(|i| &MUNICIPALITIES[i])
}

/// Municipalities in force on `date` whose number starts with, or whose name contains, `query`
/// (case-insensitive), for a search box; at most `limit`.
pub fn search(query: &str, date: NaiveDate, limit: usize) -> Vec<&'static Municipality> {
    let needle = query.trim().to_lowercase();
    MUNICIPALITIES
        .iter()
        .filter(|m| m.valid_from <= date && m.valid_to.is_none_or(|to| to >= date))
        .filter(|m| {
            needle.is_empty()
                || m.number.starts_with(&needle)
                || m.name.to_lowercase().contains(&needle)
                || m.official_name
                    .is_some_and(|o| o.to_lowercase().contains(&needle))
        })
        .take(limit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn a_current_number_resolves_to_itself() {
        let r = resolve("0301", day(2026, 11, 22)).expect("Oslo");
        assert_eq!(r.municipality.name, "Oslo");
        assert_eq!(r.replaced, None);
    }

    #[test]
    fn baerums_old_number_resolves_to_the_new_one_with_a_notice() {
        let r = resolve("3024", day(2026, 11, 22)).expect("old Bærum");
        assert_eq!(r.municipality.number, "3201");
        assert_eq!(r.replaced.map(|m| m.number), Some("3024"));
        let before = resolve("3024", day(2023, 6, 1)).expect("valid then");
        assert_eq!(before.municipality.number, "3024");
    }

    #[test]
    fn a_number_that_is_not_a_municipality_is_a_typed_error() {
        assert_eq!(
            resolve("9999", day(2026, 1, 1))
                .expect_err("no")
                .message_id(),
            "error-unknown-municipality"
        );
        assert_eq!(
            resolve("", day(2026, 1, 1)).expect_err("no").message_id(),
            "error-unknown-municipality"
        );
    }

    #[test]
    fn search_finds_by_name_number_and_sami_name() {
        let date = day(2026, 11, 22);
        assert_eq!(search("bærum", date, 5)[0].number, "3201");
        assert_eq!(search("5001", date, 5)[0].name, "Trondheim");
        assert_eq!(search("guovdageaidnu", date, 5)[0].name, "Kautokeino");
        assert!(
            search("3024", date, 5).is_empty(),
            "replaced numbers are not offered"
        );
    }
}
