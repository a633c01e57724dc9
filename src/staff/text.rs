//! The staff pages' text: their own Norwegian messages (locales/nb/staff.ftl; Norwegian is the
//! staff's language) and every resident message in every language, so an application can be
//! shown in Norwegian with the applicant's language beside it. Plain fluent-bundle: the staff
//! pages need two languages at once, not one current language.

use std::{collections::HashMap, sync::OnceLock};

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};

/// Each language's Fluent files (the resident app's, plus the staff pages' own for nb).
pub const FILES: &[(&str, &[&str])] = &[
    (
        "nb",
        &[
            include_str!("../../locales/nb/main.ftl"),
            include_str!("../../locales/nb/rules.ftl"),
            include_str!("../../locales/nb/needs.ftl"),
            include_str!("../../locales/nb/apply.ftl"),
            include_str!("../../locales/nb/staff.ftl"),
        ],
    ),
    (
        "en",
        &[
            include_str!("../../locales/en/main.ftl"),
            include_str!("../../locales/en/rules.ftl"),
            include_str!("../../locales/en/needs.ftl"),
            include_str!("../../locales/en/apply.ftl"),
        ],
    ),
    (
        "uk",
        &[
            include_str!("../../locales/uk/main.ftl"),
            include_str!("../../locales/uk/rules.ftl"),
            include_str!("../../locales/uk/needs.ftl"),
            include_str!("../../locales/uk/apply.ftl"),
        ],
    ),
    (
        "ar",
        &[
            include_str!("../../locales/ar/main.ftl"),
            include_str!("../../locales/ar/rules.ftl"),
            include_str!("../../locales/ar/needs.ftl"),
            include_str!("../../locales/ar/apply.ftl"),
        ],
    ),
];

/// The languages (id, own name, direction), as the resident app lists them.
pub fn languages() -> &'static [(String, String, String)] {
    static LIST: OnceLock<Vec<(String, String, String)>> = OnceLock::new();
    LIST.get_or_init(|| {
        serde_json::from_str(include_str!("../../locales/languages.json")).unwrap_or_default()
    })
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<&'static str, Bundle> {
    static BUNDLES: OnceLock<HashMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        FILES
            .iter()
            .filter_map(|(lang, files)| {
                let id: unic_langid::LanguageIdentifier = lang.parse().ok()?;
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                for text in *files {
                    let resource = FluentResource::try_new((*text).to_string())
                        .unwrap_or_else(|(partial, _)| partial);
                    bundle.add_resource_overriding(resource);
                }
                Some((*lang, bundle))
            })
            .collect()
    })
}

/// The message `id` in `lang` (Norwegian when the language or the message is missing).
pub fn tr(lang: &str, id: &str) -> String {
    tr_args(lang, id, None)
}

/// The message `id` in `lang` with arguments.
pub fn tr_args(lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    let all = bundles();
    [lang, "nb"]
        .iter()
        .filter_map(|l| all.get(l))
        .find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        })
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang` is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    languages()
        .iter()
        .any(|(id, _, dir)| id == lang && dir == "rtl")
}

/// A staff page's own message, in Norwegian.
pub fn s(id: &str) -> String {
    tr("nb", id)
}
