//! Norwegian names and legal terms that every translation keeps in Norwegian (the reader will
//! meet them in letters and at the office): inside another language's text each is marked
//! `lang="nb"`, so a screen reader says it as Norwegian and the browser does not translate it.
//! The text still comes from the Fluent files; this only marks parts of it.

use leptos::{either::Either, prelude::*};

/// Longest first, so "tilskudd til etablering" wins over a shorter term inside it.
const TERMS: &[&str] = &[
    "vanskeligstilt på boligmarkedet",
    "tilskudd til etablering",
    "midlertidig botilbud",
    "Sosialtjenesteloven",
    "sosialtjenesteloven",
    "forvaltningsloven",
    "Boligsosialloven",
    "boligsosialloven",
    "minstefradrag",
    "skattemelding",
    "Skatteetaten",
    "trygdeavgift",
    "Bolig først",
    "husbanken.no",
    "Husbanken",
    "Lånekassen",
    "borettslag",
    "egenandel",
    "trinnskatt",
    "depositum",
    "D-nummer",
    "fødselsnummer",
    "bostøtte",
    "startlån",
    "legevakt",
    "deleie",
    "sameie",
    "vedtak",
    "NAV",
];

/// Languages that are Norwegian themselves: nothing to mark.
const NORWEGIAN: &[&str] = &["nb", "nn"];

/// `text` split into plain pieces and the Norwegian terms in it (`true`), for a text in `lang`.
pub fn split(text: &str, lang: &str) -> Vec<(String, bool)> {
    if NORWEGIAN.contains(&lang) {
        return vec![(text.to_string(), false)];
    }
    let mut pieces = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let mut before: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        let at_boundary = before.is_none_or(|b| !b.is_alphanumeric());
        let term = at_boundary
            .then(|| {
                TERMS.iter().find(|term| {
                    rest.starts_with(**term)
                        && rest[term.len()..]
                            .chars()
                            .next()
                            .is_none_or(|after| !after.is_alphanumeric())
                })
            })
            .flatten();
        if let Some(term) = term {
            if !plain.is_empty() {
                pieces.push((std::mem::take(&mut plain), false));
            }
            pieces.push((term.to_string(), true));
            before = term.chars().last();
            rest = &rest[term.len()..];
        } else {
            plain.push(c);
            before = Some(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    if !plain.is_empty() {
        pieces.push((plain, false));
    }
    pieces
}

/// `text` in `lang` with each Norwegian term in it marked `lang="nb"`.
pub fn marked(text: &str, lang: &str) -> impl IntoView + use<> {
    split(text, lang)
        .into_iter()
        .map(|(piece, norwegian)| {
            if norwegian {
                Either::Left(view! { <span lang="nb" translate="no">{piece}</span> })
            } else {
                Either::Right(piece)
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_terms_are_found_whole_and_longest_first() {
        assert_eq!(
            split("احسب قرض البداية (startlån) ودعم السكن (bostøtte)", "ar"),
            vec![
                ("احسب قرض البداية (".to_string(), false),
                ("startlån".to_string(), true),
                (") ودعم السكن (".to_string(), false),
                ("bostøtte".to_string(), true),
                (")".to_string(), false),
            ]
        );
        assert_eq!(
            split("Ask about tilskudd til etablering at NAV.", "en"),
            vec![
                ("Ask about ".to_string(), false),
                ("tilskudd til etablering".to_string(), true),
                (" at ".to_string(), false),
                ("NAV".to_string(), true),
                (".".to_string(), false),
            ]
        );
        assert_eq!(
            split("(midlertidig botilbud, sosialtjenesteloven § 27)", "ar"),
            vec![
                ("(".to_string(), false),
                ("midlertidig botilbud".to_string(), true),
                (", ".to_string(), false),
                ("sosialtjenesteloven".to_string(), true),
                (" § 27)".to_string(), false),
            ]
        );
        // Not inside another word, and nothing to mark in Norwegian itself.
        assert_eq!(
            split("NAVIGATE", "en"),
            vec![("NAVIGATE".to_string(), false)]
        );
        assert_eq!(
            split("Søk om startlån", "nn"),
            vec![("Søk om startlån".to_string(), false)]
        );
    }
}
