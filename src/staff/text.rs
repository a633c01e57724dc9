//! The staff pages' text: their own Norwegian messages (locales/nb/staff.ftl; Norwegian is the
//! staff's language) and the resident app's messages in every language, so an application can be
//! shown in Norwegian with the applicant's language beside it. Norwegian is compiled in; the
//! applicant's language comes from the same catalog as the resident app's (fetched once, when
//! an application in it is opened). Plain lookups by language: the staff pages need two
//! languages at once, not one current language.

use std::{borrow::Cow, collections::HashMap, sync::OnceLock};

use fluent_bundle::{FluentResource, FluentValue, concurrent::FluentBundle};
use leptos_fluent::__reexports::fluent_templates::Loader;

use crate::i18n::catalog;
pub use crate::i18n::languages::{is_rtl, language, languages};

/// The staff pages' own messages.
fn staff_bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("nb")]);
        // Norwegian pages, Norwegian numbers: no direction marks around the values.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(include_str!("../../locales/nb/staff.ftl").into())
            .unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
        bundle
    })
}

/// The message `id` in `lang`: the applicant's language once it is here (reactive: a view that
/// shows it renders again when it arrives), else Norwegian; the id itself when no text has it.
pub fn tr(lang: &str, id: &str) -> String {
    let none = HashMap::<Cow<'static, str>, FluentValue>::new();
    let in_lang = || {
        let id_of = lang.parse().ok()?;
        catalog::Fetched
            .into_iter()
            .find_map(|loader| loader.try_lookup_with_args(&id_of, id, &none))
    };
    let staff = || {
        let bundle = staff_bundle();
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    };
    let norwegian = || {
        let nb = unic_langid::langid!("nb");
        catalog::NORWEGIAN
            .try_lookup_with_args(&nb, id, &none)
            .or_else(|| catalog::NORWEGIAN_DECISION.try_lookup_with_args(&nb, id, &none))
    };
    (lang != catalog::SOURCE)
        .then(in_lang)
        .flatten()
        .or_else(staff)
        .or_else(norwegian)
        .unwrap_or_else(|| id.to_string())
}

/// A staff page's own message, in Norwegian.
pub fn s(id: &str) -> String {
    tr(catalog::SOURCE, id)
}

/// A staff page's own message with values, in Norwegian (the id itself when there is none).
pub fn s_with(id: &str, args: &[(&'static str, String)]) -> String {
    let bundle = staff_bundle();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut values = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        values.set(*name, FluentValue::from(value.clone()));
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&values), &mut errors)
        .into_owned()
}
