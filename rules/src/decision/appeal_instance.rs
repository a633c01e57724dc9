//! Who decides an appeal the municipality does not grant itself: Statsforvalteren (seed 000:
//! "Statsforvalteren er klageinstans og kan prøve alle sider av vedtaket"), the office for the
//! municipality's county. The offices as organised from 1 January 2024
//! (https://www.statsforvalteren.no, "Finn ditt embete"); a county is the first two digits of
//! the municipality's number in force.

/// Which Statsforvalter office hears appeals from `municipality` (a number in force from 2024),
/// by its name, which is the same in every language. None for a number of no county we know.
pub fn statsforvalter(municipality: &str) -> Option<&'static str> {
    let county = municipality.get(..2)?;
    Some(match county {
        "03" | "31" | "32" | "33" => "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus",
        "11" => "Statsforvalteren i Rogaland",
        "15" => "Statsforvalteren i Møre og Romsdal",
        "18" => "Statsforvalteren i Nordland",
        "34" => "Statsforvalteren i Innlandet",
        "39" | "40" => "Statsforvalteren i Vestfold og Telemark",
        "42" => "Statsforvalteren i Agder",
        "46" => "Statsforvalteren i Vestland",
        "50" => "Statsforvalteren i Trøndelag",
        "55" | "56" => "Statsforvalteren i Troms og Finnmark",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_municipality_in_force_has_its_office() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date");
        let mut counted = 0;
        let in_force = crate::parameters::MUNICIPALITIES
            .iter()
            .filter(|m| m.valid_from <= today && m.valid_to.is_none_or(|to| to >= today));
        for m in in_force {
            assert!(
                statsforvalter(m.number).is_some(),
                "{} {}",
                m.number,
                m.name
            );
            counted += 1;
        }
        assert_eq!(counted, 357);
        assert_eq!(
            statsforvalter("3105"),
            Some("Statsforvalteren i Østfold, Buskerud, Oslo og Akershus")
        );
        assert_eq!(statsforvalter("4601"), Some("Statsforvalteren i Vestland"));
        assert_eq!(statsforvalter("9999"), None);
        assert_eq!(statsforvalter(""), None);
    }
}
