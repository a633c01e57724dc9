//! Values that run left to right, and text the resident typed, isolated in markup: the one way
//! every page does it (`format::ltr` is the same for plain text inside a message or a line).
//!
//! A phone number, a reference, a national id or an e-mail address on a right-to-left page
//! would otherwise be reordered by the text around it ("+47 912 34 567" shown as
//! "567 34 912 47+"); and a name in Arabic script on a Norwegian page would pull the
//! punctuation beside it along. `<bdi>` isolates both ways.

use leptos::prelude::*;

/// `value`, which runs left to right whatever the page's direction (digits, a reference, an
/// e-mail address), isolated from the text around it. It still sits where the page's text
/// starts.
pub fn ltr(value: impl IntoView) -> impl IntoView {
    view! { <bdi dir="ltr" class="ltr">{value}</bdi> }
}

/// Text the resident typed themselves (a name, an address, their own words), in any script:
/// isolated, with its direction taken from its first letter (`<bdi>` is `dir="auto"`).
pub fn typed(text: impl IntoView) -> impl IntoView {
    view! { <bdi>{text}</bdi> }
}

/// A resident's own words, as `typed`, with each number written in parts inside them ("912 34
/// 567", "+47 912-34-567", "٩١٢ ٣٤ ٥٦٧") isolated left to right: in Arabic words the parts of a
/// phone number would otherwise be shown in reverse order ("567 34 912").
pub fn own_words(text: &str) -> impl IntoView + use<> {
    view! { <bdi>{numbers_isolated(text)}</bdi> }
}

/// `text` with each number written in parts isolated left to right, as `own_words`, for a
/// caller that isolates the whole itself.
pub fn numbers_isolated(text: &str) -> impl IntoView + use<> {
    number_runs(text)
        .into_iter()
        .map(|(number, part)| {
            let part = part.to_string();
            if number {
                view! { <bdi dir="ltr" class="ltr">{part}</bdi> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}

/// `text` cut into pieces, each marked whether it is a number written in parts: digits (any
/// script's) joined by single spaces, hyphens, dots, slashes or brackets, with a "+" before it,
/// beginning and ending with a digit. A number in one piece needs no isolation and is text.
fn number_runs(text: &str) -> Vec<(bool, &str)> {
    const JOINS: [char; 6] = [' ', '-', '.', '/', '(', ')'];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut pieces = Vec::new();
    let (mut plain_from, mut i) = (0, 0);
    while i < chars.len() {
        let (start, c) = chars[i];
        let starts =
            c.is_numeric() || (c == '+' && chars.get(i + 1).is_some_and(|(_, n)| n.is_numeric()));
        if !starts {
            i += 1;
            continue;
        }
        // As far as digits and joins go; then back to the last digit.
        let mut j = i + 1;
        let mut last_digit = c.is_numeric().then_some(i);
        while let Some((_, n)) = chars.get(j) {
            if n.is_numeric() {
                last_digit = Some(j);
            } else if !JOINS.contains(n) || chars.get(j - 1).is_some_and(|(_, p)| JOINS.contains(p))
            {
                break;
            }
            j += 1;
        }
        let Some(last) = last_digit else {
            i = j;
            continue;
        };
        let end = chars.get(last + 1).map_or(text.len(), |(at, _)| *at);
        let run = &text[start..end];
        if run.chars().any(|c| !c.is_numeric()) {
            if plain_from < start {
                pieces.push((false, &text[plain_from..start]));
            }
            pieces.push((true, run));
            plain_from = end;
        }
        i = last + 1;
    }
    if plain_from < text.len() {
        pieces.push((false, &text[plain_from..]));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::number_runs;

    #[test]
    fn a_number_in_parts_is_cut_out_and_the_rest_kept_whole() {
        assert_eq!(
            number_runs("هاتفي 912 34 567."),
            vec![(false, "هاتفي "), (true, "912 34 567"), (false, ".")]
        );
        assert_eq!(
            number_runs("رقمي +47 912-34-567 شكرا"),
            vec![(false, "رقمي "), (true, "+47 912-34-567"), (false, " شكرا")]
        );
        assert_eq!(number_runs("٩١٢ ٣٤ ٥٦٧"), vec![(true, "٩١٢ ٣٤ ٥٦٧")]);
        // One number in one piece, or none: nothing to isolate.
        assert_eq!(number_runs("منذ 2022 هنا"), vec![(false, "منذ 2022 هنا")]);
        assert_eq!(number_runs("Ingen tall."), vec![(false, "Ingen tall.")]);
        assert_eq!(number_runs(""), Vec::<(bool, &str)>::new());
        // Two spaces end a number: two numbers in a row are not one.
        assert_eq!(number_runs("3 barn  7 år"), vec![(false, "3 barn  7 år")]);
        assert_eq!(
            number_runs("1.2.2026 og 5-6"),
            vec![(true, "1.2.2026"), (false, " og "), (true, "5-6")]
        );
    }
}
