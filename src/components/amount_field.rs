//! A field for an amount of kroner or a number of persons, read in the page's language
//! (`format::parse_amount`): what cannot be read for certain is refused beside the field, with
//! what to type, and the typed text stays as it was.

use leptos::prelude::*;
use leptos_fluent::I18n;
use rules::{RulesError, household::MAX_PERSONS};

use crate::{
    format::{AmountError, parse_amount, parse_count},
    i18n::Tr,
};

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Quantity {
    /// Kroner, with at most two decimals (øre).
    #[default]
    Amount,
    /// The adults in the household: a whole number, at least one.
    Adults,
    /// Children in one age band: a whole number.
    Children,
    /// Whole years or months, or an age: a whole number, any size (the rules judge it).
    Whole,
}

impl Quantity {
    fn inputmode(self) -> &'static str {
        match self {
            Self::Amount => "decimal",
            Self::Adults | Self::Children | Self::Whole => "numeric",
        }
    }
}

/// The message id of what is wrong with `text`, typed on a page in `lang` into a field for
/// `quantity`; `None` when it can be read (or is empty). Persons beyond the rules' maximum are
/// refused here, on the field; the household as a whole is the rules' to check.
pub fn problem(quantity: Quantity, text: &str, lang: &str) -> Option<&'static str> {
    let too_many = RulesError::TooManyPersons { max: MAX_PERSONS }.message_id();
    match quantity {
        Quantity::Amount => parse_amount(text, lang).err().map(AmountError::message_id),
        Quantity::Adults => match parse_count(text, lang) {
            Err(e) => Some(e.message_id()),
            Ok(Some(0)) => Some(RulesError::NoAdults.message_id()),
            Ok(Some(n)) if n > MAX_PERSONS => Some(too_many),
            Ok(_) => None,
        },
        Quantity::Children => match parse_count(text, lang) {
            Err(e) => Some(e.message_id()),
            Ok(Some(n)) if n > MAX_PERSONS => Some(too_many),
            Ok(_) => None,
        },
        // "Write a number, for example 12 000" would mislead here: a whole number's example.
        Quantity::Whole => match parse_count(text, lang) {
            Err(AmountError::NotANumber) => Some("field-error-not-a-whole-number"),
            Err(e) => Some(e.message_id()),
            Ok(_) => None,
        },
    }
}

/// The problem with `text` that typing on cannot mend: none for a half-typed "11 5" or "12 k"
/// (a digit or two, or the rest of "kr" or "NOK", makes them right), but "11,500" in Norwegian
/// or "tolv" are wrong however the resident goes on.
pub fn settled_problem(quantity: Quantity, text: &str, lang: &str) -> Option<&'static str> {
    let found = problem(quantity, text, lang)?;
    let mendable = ["0", "00", "000", "r", "ok"].iter().any(|more| {
        let longer = [text, more].concat();
        problem(quantity, &longer, lang).is_none()
    });
    (!mendable).then_some(found)
}

/// A labelled text input for `quantity`. Its error shows as soon as typing on cannot mend it,
/// and any error once the resident has left the field (or comes back to a saved answer), so a
/// half-typed amount is not scolded. It is tied to the input with `aria-describedby` and
/// `aria-invalid`.
#[component]
pub fn AmountField(
    id: &'static str,
    /// Message ids, each shown with its Norwegian twin in the interpreter view.
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    value: RwSignal<String>,
    #[prop(optional)] quantity: Quantity,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let left = RwSignal::new(!value.get_untracked().trim().is_empty());
    // A plain closure, not a memo: it is cheap, and one more memo type costs first-load bytes.
    let error = move || {
        let lang = i18n.language.get().id;
        if left.get() {
            value.with(|text| problem(quantity, text, lang))
        } else {
            value.with(|text| settled_problem(quantity, text, lang))
        }
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error().is_some()>
            <label for=id><Tr id=label /></label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()><Tr id=h /></p> })}
            {move || error().map(|e| view! { <p class="error-message" id=error_id.clone()><Tr id=e /></p> })}
            <input
                id=id
                name=id
                type="text"
                inputmode=quantity.inputmode()
                // Digits run left to right on every page: "350 000" never shows as "000 350".
                dir="ltr"
                autocomplete="off"
                aria-describedby=described
                aria-invalid=move || error().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                // `change`: the resident changed it and left it.
                on:change=move |_| left.set(true)
            />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_refused_on_their_field() {
        assert_eq!(problem(Quantity::Adults, "2", "nb"), None);
        assert_eq!(problem(Quantity::Adults, "", "nb"), None);
        assert_eq!(problem(Quantity::Adults, "٢", "ar"), None);
        assert_eq!(
            problem(Quantity::Adults, "0", "nb"),
            Some("error-no-adults")
        );
        assert_eq!(
            problem(Quantity::Adults, "1.5", "en"),
            Some("count-error-whole")
        );
        assert_eq!(
            problem(Quantity::Adults, "1,5", "nb"),
            Some("count-error-whole")
        );
        assert_eq!(
            problem(Quantity::Adults, "40", "nb"),
            Some("error-too-many-persons")
        );
        assert_eq!(problem(Quantity::Children, "0", "nb"), None);
        assert_eq!(
            problem(Quantity::Children, "21", "nb"),
            Some("error-too-many-persons")
        );
        assert_eq!(
            problem(Quantity::Amount, "11,500", "nb"),
            Some("amount-error-ambiguous")
        );
        assert_eq!(problem(Quantity::Amount, "11,500", "en"), None);
        assert_eq!(problem(Quantity::Whole, "٣", "ar"), None);
        assert_eq!(problem(Quantity::Whole, "40", "nb"), None);
        assert_eq!(
            problem(Quantity::Whole, "abc", "nb"),
            Some("field-error-not-a-whole-number")
        );
        assert_eq!(
            problem(Quantity::Whole, "2,5", "nb"),
            Some("count-error-whole")
        );
    }

    #[test]
    fn half_typed_amounts_are_not_refused_while_typing() {
        for (text, lang) in [
            ("11,", "nb"),
            ("1,5", "en"),
            ("12 k", "nb"),
            ("12 N", "en"),
            ("1 2", "fr"),
        ] {
            assert!(problem(Quantity::Amount, text, lang).is_some(), "{text}");
            assert_eq!(
                settled_problem(Quantity::Amount, text, lang),
                None,
                "{text}"
            );
        }
        for (text, lang, id) in [
            ("11,500", "nb", "amount-error-ambiguous"),
            ("12.500", "nb", "amount-error-ambiguous"),
            ("tolv", "nb", "field-error-not-a-number"),
            ("1e6", "en", "field-error-not-a-number"),
            ("-5", "en", "field-error-negative"),
            ("12,5055", "nb", "amount-error-decimals"),
        ] {
            assert_eq!(
                settled_problem(Quantity::Amount, text, lang),
                Some(id),
                "{text}"
            );
        }
        assert_eq!(
            settled_problem(Quantity::Adults, "0", "nb"),
            Some("error-no-adults")
        );
        assert_eq!(
            settled_problem(Quantity::Adults, "1.5", "nb"),
            Some("count-error-whole")
        );
    }
}
