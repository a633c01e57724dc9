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
