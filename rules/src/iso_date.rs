//! A date as "YYYY-MM-DD" in JSON, read without chrono's general parser: the same format chrono
//! writes, at a fraction of the WebAssembly the parser costs (about 5 KB compressed). Use with
//! `#[serde(with = "crate::iso_date")]` on a `NaiveDate` the app reads back.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{
    Deserializer, Serializer,
    de::{Error, Visitor},
};

pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&format_args!(
        "{:04}-{:02}-{:02}",
        date.year(),
        date.month(),
        date.day()
    ))
}

/// Reads the date from any string serde gives: borrowed from the input, or made when the input
/// had escapes or was a `serde_json::Value` (a `&str` alone accepts only the first).
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    struct IsoDate;
    impl Visitor<'_> for IsoDate {
        type Value = NaiveDate;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a date as YYYY-MM-DD")
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<NaiveDate, E> {
            parse(text).ok_or_else(|| E::custom("a date must be YYYY-MM-DD"))
        }
    }
    deserializer.deserialize_str(IsoDate)
}

/// The same for an `Option<NaiveDate>`: `#[serde(default, with = "crate::iso_date::option")]`.
pub mod option {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => super::serialize(date, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "super")] NaiveDate);
        Ok(Option::<Wrapped>::deserialize(deserializer)?.map(|Wrapped(d)| d))
    }
}

/// "2026-11-22" → the date; anything else, or a day that does not exist, → None.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let mut parts = text.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_chrono_writes_and_nothing_else() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 3).expect("a date");
        assert_eq!(parse(&day.to_string()), Some(day));
        for bad in [
            "2026-2-3",
            "2026-02-30",
            "26-02-03",
            "2026-02-03T00:00",
            "",
            "yyyy-mm-dd",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Dated {
        #[serde(with = "crate::iso_date")]
        on: NaiveDate,
    }

    /// The server reads stored JSON through `serde_json::Value`, which lends no text.
    #[test]
    fn reads_from_text_and_from_a_json_value() {
        let on = NaiveDate::from_ymd_opt(2026, 2, 3).expect("a date");
        let text = r#"{"on":"2026-02-03"}"#;
        assert_eq!(
            serde_json::from_str::<Dated>(text).expect("text"),
            Dated { on }
        );
        let value: serde_json::Value = serde_json::from_str(text).expect("json");
        assert_eq!(
            serde_json::from_value::<Dated>(value).expect("value"),
            Dated { on }
        );
        assert!(serde_json::from_str::<Dated>(r#"{"on":"3 Feb 2026"}"#).is_err());
    }
}
