//! Norwegian names and legal terms that every translation keeps in Norwegian (the reader will
//! meet them in letters and at the office): inside another language's text each is marked
//! `lang="nb"`, so a screen reader says it as Norwegian and the browser does not translate it.
//! The text still comes from the Fluent files; this only marks parts of it.

use leptos::{either::Either, prelude::*};

/// A Norwegian term and its entry in the glossary (`glossary-<key>` in
/// locales/<lang>/glossary.ftl, explained the first time it appears on a page: `glossary`). Two
/// spellings of one term share their key; a web address has none.
#[derive(Debug, PartialEq, Eq)]
pub struct Term {
    pub text: &'static str,
    pub gloss: Option<&'static str>,
}

const fn term(text: &'static str, gloss: &'static str) -> Term {
    Term {
        text,
        gloss: Some(gloss),
    }
}

/// Longest first, so "tilskudd til etablering" wins over a shorter term inside it. A term that
/// begins a sentence in some translation is here with a capital too.
pub const TERMS: &[Term] = &[
    term("vanskeligstilt på boligmarkedet", "vanskeligstilt"),
    term("Tilskudd til etablering", "tilskudd-til-etablering"),
    term("tilskudd til etablering", "tilskudd-til-etablering"),
    term("midlertidig botilbud", "midlertidig-botilbud"),
    term("Sosialtjenesteloven", "sosialtjenesteloven"),
    term("sosialtjenesteloven", "sosialtjenesteloven"),
    term("Forvaltningsloven", "forvaltningsloven"),
    term("forvaltningsloven", "forvaltningsloven"),
    term("Boligsosialloven", "boligsosialloven"),
    term("boligsosialloven", "boligsosialloven"),
    term("minstefradrag", "minstefradrag"),
    term("skattemelding", "skattemelding"),
    term("Skatteetaten", "skatteetaten"),
    term("trygdeavgift", "trygdeavgift"),
    term("Bolig først", "bolig-forst"),
    // A web address: the reader types it as it is; Husbanken itself is explained.
    Term {
        text: "husbanken.no",
        gloss: None,
    },
    term("Husbanken", "husbanken"),
    term("Lånekassen", "lanekassen"),
    term("borettslag", "borettslag"),
    term("egenandel", "egenandel"),
    term("trinnskatt", "trinnskatt"),
    term("Depositum", "depositum"),
    term("depositum", "depositum"),
    term("D-nummer", "d-nummer"),
    term("Fødselsnummer", "fodselsnummer"),
    term("fødselsnummer", "fodselsnummer"),
    term("Bostøtte", "bostotte"),
    term("bostøtte", "bostotte"),
    term("Startlån", "startlan"),
    term("startlån", "startlan"),
    term("legevakt", "legevakt"),
    term("Deleie", "deleie"),
    term("deleie", "deleie"),
    term("sameie", "sameie"),
    term("vedtak", "vedtak"),
    term("NAV", "nav"),
];

/// Languages that are Norwegian themselves: nothing to mark.
const NORWEGIAN: &[&str] = &["nb", "nn"];

/// Whether `lang` is Norwegian (bokmål or nynorsk): its text marks no terms.
pub fn is_norwegian(lang: &str) -> bool {
    NORWEGIAN.contains(&lang)
}

/// `text` split into plain pieces and the Norwegian terms in it (`true`), for a text in `lang`.
pub fn split(text: &str, lang: &str) -> Vec<(String, bool)> {
    pieces(text, lang)
        .into_iter()
        .map(|(piece, term)| (piece, term.is_some()))
        .collect()
}

/// `text` split into plain pieces and the Norwegian terms in it, for a text in `lang`.
pub fn pieces(text: &str, lang: &str) -> Vec<(String, Option<&'static Term>)> {
    if is_norwegian(lang) {
        return vec![(text.to_string(), None)];
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
                    rest.starts_with(term.text)
                        && rest[term.text.len()..]
                            .chars()
                            .next()
                            .is_none_or(|after| !after.is_alphanumeric())
                })
            })
            .flatten();
        if let Some(term) = term {
            if !plain.is_empty() {
                pieces.push((std::mem::take(&mut plain), None));
            }
            // A law's name keeps the section after it: "forvaltningsloven § 11 a" is one piece.
            let length = term.text.len() + section_after(&rest[term.text.len()..]);
            pieces.push((rest[..length].to_string(), Some(term)));
            before = rest[..length].chars().last();
            rest = &rest[length..];
        } else {
            plain.push(c);
            before = Some(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    if !plain.is_empty() {
        pieces.push((plain, None));
    }
    pieces
}

/// The length of the section reference at the start of `text` (" § 11 a", " §§ 24-25", " § 27"),
/// none when there is none. Kept with the law's name before it, marked Norwegian with it, so a
/// right-to-left text does not reorder its number and letter ("a 11 §"). A letter counts only
/// with nothing but punctuation after it ("§ 11 a)"), not an English "a" that follows a number.
fn section_after(text: &str) -> usize {
    let is_space = |c: char| c == ' ' || c == '\u{a0}';
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let Some(rest) = text.strip_prefix(is_space) else {
        return 0;
    };
    let marked = rest.trim_start_matches('§');
    if marked.len() == rest.len() {
        return 0;
    }
    let number = marked.trim_start_matches(is_space);
    if digits(number) == 0 {
        return 0;
    }
    let mut tail = &number[digits(number)..];
    if let Some(range) = tail.strip_prefix(['-', '–'])
        && digits(range) > 0
    {
        tail = &range[digits(range)..];
    }
    if let Some(letter) = tail.strip_prefix(is_space)
        && letter.starts_with(|c: char| c.is_ascii_lowercase())
        && letter[1..]
            .chars()
            .next()
            .is_none_or(|after| !after.is_alphanumeric() && !is_space(after))
    {
        tail = &letter[1..];
    }
    text.len() - tail.len()
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
                ("sosialtjenesteloven § 27".to_string(), true),
                (")".to_string(), false),
            ]
        );
        // The section stays with the law's name, its letter too; an English "a" does not.
        assert_eq!(
            split("ستصلك رسالة (forvaltningsloven § 11 a).", "ar"),
            vec![
                ("ستصلك رسالة (".to_string(), false),
                ("forvaltningsloven § 11 a".to_string(), true),
                (").".to_string(), false),
            ]
        );
        assert_eq!(
            split(
                "forvaltningsloven §§ 24-25, and forvaltningsloven § 29 a decision",
                "en"
            ),
            vec![
                ("forvaltningsloven §§ 24-25".to_string(), true),
                (", and ".to_string(), false),
                ("forvaltningsloven § 29".to_string(), true),
                (" a decision".to_string(), false),
            ]
        );
        assert_eq!(
            split(
                "forvaltningsloven §\u{a0}33. Or forvaltningsloven alone, or NAV § x",
                "en"
            ),
            vec![
                ("forvaltningsloven §\u{a0}33".to_string(), true),
                (". Or ".to_string(), false),
                ("forvaltningsloven".to_string(), true),
                (" alone, or ".to_string(), false),
                ("NAV".to_string(), true),
                (" § x".to_string(), false),
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
