//! The last question, "About you": the municipality first (the one field the estimates and the
//! application share, so neither asks again), then only what that municipality's criteria for a
//! rental home need to know (`needs::criteria_asked` with its profile in force today): years
//! lived there, a residence permit, age (and caring for children, where that makes up for it),
//! months until the lease ends, months until leaving an institution. Every answer may be left
//! empty or "don't know" (the criterion is then unknown); a number that cannot be read is
//! refused beside its field and kept as typed.

use leptos::{ev::SubmitEvent, html, prelude::*};
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_navigate};
use rules::needs::{self, Criterion, NeedsAnswers};
use serde::{Deserialize, Serialize};

use super::{
    NeedsState, Question, RESULT, chosen_municipality, path_with_return, progress, return_to,
    with_profile,
};
use crate::{
    components::{
        amount_field::{AmountField, Quantity, problem},
        error_summary::{ErrorSummary, FieldError},
        municipality_field::MunicipalityField,
    },
    economy::{EconomyState, municipality_number, today},
    format::parse_count,
    i18n::{Tr, twin_text},
    profiles::{Loaded, Profiles},
    routes::apply::frame::BackLink,
};

/// The answer about a residence permit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permit {
    Yes,
    No,
    DontKnow,
}

/// The last page's answers as typed, kept while they are being corrected.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AboutTyped {
    pub years: String,
    pub permit: Option<Permit>,
    pub age: String,
    pub cares_for_children: bool,
    pub lease_months: String,
    pub institution_months: String,
}

/// The last page's answers as read: only what the municipality's criteria asked; `None` is not
/// asked, not known or left empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct About {
    pub years_in_municipality: Option<u32>,
    pub residence_permit: Option<bool>,
    pub age: Option<u32>,
    pub cares_for_children: Option<bool>,
    pub lease_ends_within_months: Option<u32>,
    pub leaving_institution_within_months: Option<u32>,
}

impl From<&NeedsAnswers> for About {
    fn from(a: &NeedsAnswers) -> Self {
        Self {
            years_in_municipality: a.years_in_municipality,
            residence_permit: a.has_residence_permit,
            age: a.age,
            cares_for_children: a.cares_for_children,
            lease_ends_within_months: a.lease_ends_within_months,
            leaving_institution_within_months: a.leaving_institution_within_months,
        }
    }
}

impl From<&About> for AboutTyped {
    fn from(a: &About) -> Self {
        let text = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        Self {
            years: text(a.years_in_municipality),
            permit: a
                .residence_permit
                .map(|p| if p { Permit::Yes } else { Permit::No }),
            age: text(a.age),
            cares_for_children: a.cares_for_children == Some(true),
            lease_months: text(a.lease_ends_within_months),
            institution_months: text(a.leaving_institution_within_months),
        }
    }
}

/// The last page's answers for a summary: (question's message id, answer), only those given.
pub fn about_rows(a: &NeedsAnswers, tr: &dyn Fn(&str) -> String) -> Vec<(&'static str, String)> {
    let about = About::from(a);
    let yes_no = |b: bool| tr(if b { "answer-yes" } else { "answer-no" });
    let number = |id: &'static str, n: Option<u32>| n.map(|n| (id, n.to_string()));
    [
        number("q-about-years", about.years_in_municipality),
        about
            .residence_permit
            .map(|p| ("q-about-permit", yes_no(p))),
        number("q-about-age", about.age),
        about
            .cares_for_children
            .map(|c| ("q-about-children", yes_no(c))),
        number("q-about-lease", about.lease_ends_within_months),
        number(
            "q-about-institution",
            about.leaving_institution_within_months,
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// What the page asks for the municipality given: the criteria, and whether caring for
/// children makes up for being under the age.
#[derive(Debug, Clone, PartialEq)]
struct Asking {
    criteria: Vec<Criterion>,
    younger_with_children: bool,
}

/// The typed numbers, one signal a field (the amount field's shape), written back to the draft.
#[derive(Clone, Copy)]
struct Numbers {
    years: RwSignal<String>,
    age: RwSignal<String>,
    lease: RwSignal<String>,
    institution: RwSignal<String>,
}

/// The number fields: (criterion, the input's id, its text).
fn number_fields(n: Numbers) -> [(Criterion, &'static str, RwSignal<String>); 4] {
    [
        (Criterion::ResidenceYears, "about-years", n.years),
        (Criterion::MinAge, "about-age", n.age),
        (Criterion::LeaseEnding, "about-lease", n.lease),
        (
            Criterion::LeavingInstitution,
            "about-institution",
            n.institution,
        ),
    ]
}

/// What the notice under the municipality says.
#[derive(Debug, Clone, PartialEq)]
enum ProfileStatus {
    NoMunicipality,
    Loading,
    Unavailable,
    /// The national default: Husly has no profile for this municipality.
    National(String),
    Own,
}

/// `/needs-check/about`.
#[component]
pub fn NeedsAbout() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let NeedsState(draft) = expect_context::<NeedsState>();
    let economy = expect_context::<EconomyState>();
    let profiles = expect_context::<Profiles>();
    let date = today();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let heading_ref = NodeRef::<html::H1>::new();
    let navigate = use_navigate();
    let back_to = return_to();
    let previous = path_with_return(&back_to, Question::About.previous());

    let typed = draft.with_untracked(|d| d.about_typed.clone());
    let numbers = Numbers {
        years: RwSignal::new(typed.years),
        age: RwSignal::new(typed.age),
        lease: RwSignal::new(typed.lease_months),
        institution: RwSignal::new(typed.institution_months),
    };
    // The draft keeps what is typed, as typed, on the device.
    Effect::new(move |_| {
        let (years, age, lease, institution) = (
            numbers.years.get(),
            numbers.age.get(),
            numbers.lease.get(),
            numbers.institution.get(),
        );
        draft.update(|d| {
            let t = &mut d.about_typed;
            (t.years, t.age, t.lease_months, t.institution_months) =
                (years, age, lease, institution);
        });
    });
    Effect::new(move |_| {
        if let Some(h) = heading_ref.get() {
            crate::starting::focus(&h);
        }
    });

    // The criteria of the municipality given, from its profile in force today; `None` until
    // the choice questions are answered.
    let asking = Memo::new(move |_| {
        let answers = draft.with(|d| d.with_about(About::default()))?;
        Some(with_profile(&economy, &profiles, date, |p| Asking {
            criteria: needs::criteria_asked(&answers, p.map(|p| p.edition)),
            younger_with_children: p
                .is_some_and(|p| p.edition.rental_home.younger_with_children.value),
        }))
    });
    let status = Memo::new(move |_| {
        let Some(number) = chosen_municipality(&economy, date) else {
            return ProfileStatus::NoMunicipality;
        };
        let loading = profiles.loaded().with(|l| match l {
            Loaded::Loading => Some(ProfileStatus::Loading),
            Loaded::Unavailable => Some(ProfileStatus::Unavailable),
            Loaded::Ready(_) => None,
        });
        loading.unwrap_or_else(|| {
            profiles.with_in_force(&number, date, |p| match p {
                Some(p) if p.is_national() => ProfileStatus::National(municipality_name(&number)),
                Some(_) => ProfileStatus::Own,
                None => ProfileStatus::Unavailable,
            })
        })
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let lang = i18n.language.get_untracked().id;
        let Some(asking) = asking.get_untracked() else {
            return;
        };
        let mut found = Vec::new();
        let municipality = economy.municipality.get_untracked();
        if !municipality.trim().is_empty() && municipality_number(&municipality, date).is_none() {
            found.push(FieldError {
                field: "municipality",
                message: "q-about-error-municipality",
            });
        }
        let mut about = About::default();
        for (criterion, field, text) in number_fields(numbers) {
            if !asking.criteria.contains(&criterion) {
                continue;
            }
            let text = text.get_untracked();
            if let Some(message) = problem(Quantity::Whole, &text, lang) {
                found.push(FieldError { field, message });
                continue;
            }
            let value = parse_count(&text, lang).ok().flatten();
            match criterion {
                Criterion::ResidenceYears => about.years_in_municipality = value,
                Criterion::MinAge => about.age = value,
                Criterion::LeaseEnding => about.lease_ends_within_months = value,
                _ => about.leaving_institution_within_months = value,
            }
        }
        let typed = draft.with_untracked(|d| d.about_typed.clone());
        if asking.criteria.contains(&Criterion::ResidencePermit) {
            about.residence_permit = match typed.permit {
                Some(Permit::Yes) => Some(true),
                Some(Permit::No) => Some(false),
                Some(Permit::DontKnow) | None => None,
            };
        }
        if asking.criteria.contains(&Criterion::MinAge) && asking.younger_with_children {
            about.cares_for_children = Some(typed.cares_for_children);
        }
        let ok = found.is_empty();
        errors.set(found);
        if ok {
            draft.update(|d| d.about = Some(about));
            let target = match return_to() {
                Some(r) if draft.with_untracked(|d| d.answers().is_some()) => r,
                _ => path_with_return(&back_to, RESULT),
            };
            navigate(&target, Default::default());
        }
    };

    let unanswered = move || asking.with(Option::is_none);
    let first = move || draft.with(|d| d.first_unanswered().path().to_string());
    view! {
        <Title text=crate::i18n::interpreter::page_title("q-about", true) />
        <BackLink href=previous />
        <ErrorSummary errors=errors />
        <form on:submit=on_submit novalidate>
            <p class="progress">{progress(Question::About)}</p>
            <h1 tabindex="-1" node_ref=heading_ref><Tr id="q-about" /></h1>
            <Show
                when=move || !unanswered()
                fallback=move || view! {
                    <p><Tr id="needs-unanswered" /></p>
                    <A href=first attr:class="button"><Tr id="needs-start" /></A>
                }
            >
                <p class="hint"><Tr id="q-about-hint" /></p>
                <MunicipalityField value=economy.municipality />
                {move || status_notice(status.get())}
                {move || asking.get().map(|a| questions(a, numbers, draft))}
                <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
            </Show>
        </form>
    }
}

/// The municipality's name, "Rælingen", from its number.
pub(super) fn municipality_name(number: &str) -> String {
    rules::municipality::resolve(number, today())
        .map_or_else(|_| number.to_string(), |r| r.municipality.name.to_string())
}

/// What is known of the municipality's criteria, under its field.
fn status_notice(status: ProfileStatus) -> AnyView {
    match status {
        ProfileStatus::NoMunicipality => {
            view! { <p class="hint" data-testid="about-no-municipality"><Tr id="q-about-no-municipality" /></p> }.into_any()
        }
        ProfileStatus::Loading => view! { <p role="status"><Tr id="q-about-loading" /></p> }.into_any(),
        ProfileStatus::Unavailable => view! {
            <p class="notice" data-testid="profile-unavailable"><Tr id="q-about-unavailable" /></p>
        }
        .into_any(),
        ProfileStatus::National(name) => view! {
            <p class="notice" data-testid="profile-national">
                {twin_text(move |i18n| tr!(i18n, "needs-profile-national", { "municipality" => name.clone() }))}
            </p>
        }
        .into_any(),
        ProfileStatus::Own => ().into_any(),
    }
}

/// The questions `asking` names, in the rules' order.
fn questions(asking: Asking, numbers: Numbers, draft: RwSignal<super::NeedsDraft>) -> AnyView {
    let fields = asking
        .criteria
        .iter()
        .map(|criterion| match criterion {
            Criterion::ResidenceYears => view! {
                <AmountField id="about-years" label="q-about-years" hint="q-about-years-hint" value=numbers.years quantity=Quantity::Whole />
            }
            .into_any(),
            Criterion::ResidencePermit => permit_question(draft),
            Criterion::MinAge => {
                let children = asking.younger_with_children.then(|| {
                    view! {
                        <div class="checkbox">
                            <input
                                type="checkbox"
                                id="about-children"
                                prop:checked=move || draft.with(|d| d.about_typed.cares_for_children)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    draft.update(|d| d.about_typed.cares_for_children = on);
                                }
                            />
                            <label for="about-children"><Tr id="q-about-children" /></label>
                        </div>
                    }
                });
                view! {
                    <AmountField id="about-age" label="q-about-age" value=numbers.age quantity=Quantity::Whole />
                    {children}
                }
                .into_any()
            }
            Criterion::LeaseEnding => view! {
                <AmountField id="about-lease" label="q-about-lease" hint="q-about-lease-hint" value=numbers.lease quantity=Quantity::Whole />
            }
            .into_any(),
            Criterion::LeavingInstitution => view! {
                <AmountField id="about-institution" label="q-about-institution" hint="q-about-institution-hint" value=numbers.institution quantity=Quantity::Whole />
            }
            .into_any(),
        })
        .collect_view();
    let nothing_more = asking.criteria.is_empty().then(
        || view! { <p data-testid="about-nothing-more"><Tr id="q-about-nothing-more" /></p> },
    );
    view! { {nothing_more}{fields} }.into_any()
}

/// Yes, no or don't know: a residence permit.
fn permit_question(draft: RwSignal<super::NeedsDraft>) -> AnyView {
    let options = [
        (Permit::Yes, "about-permit-yes", "answer-yes"),
        (Permit::No, "about-permit-no", "answer-no"),
        (
            Permit::DontKnow,
            "about-permit-dont-know",
            "q-about-dont-know",
        ),
    ]
    .into_iter()
    .map(|(permit, id, label)| {
        view! {
            <div class="radio">
                <input
                    type="radio"
                    id=id
                    name="about-permit"
                    prop:checked=move || draft.with(|d| d.about_typed.permit == Some(permit))
                    on:change=move |_| draft.update(|d| d.about_typed.permit = Some(permit))
                />
                <label for=id><Tr id=label /></label>
            </div>
        }
    })
    .collect_view();
    view! {
        <fieldset class="field" aria-describedby="about-permit-hint">
            <legend><Tr id="q-about-permit" /></legend>
            <p class="hint" id="about-permit-hint"><Tr id="q-about-permit-hint" /></p>
            {options}
        </fieldset>
    }
    .into_any()
}
