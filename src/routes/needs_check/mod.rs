//! The needs check, one question per page: where the person sleeps tonight, what threatens the
//! home, what is wrong with it, what makes it hard, their plans, and last what their
//! municipality's own criteria for a rental home need to know (`about`). The result comes from
//! the rules crate: vanskeligstilt or not with the reasons, how urgent it is, the help that
//! fits, and each of the municipality's criteria met, not met or unknown (`result`).
//!
//! `questions` holds the choice questions' page, `about` the last page, `result` the result.

mod about;
#[cfg(test)]
mod about_tests;
mod questions;
mod result;

pub use about::{About, AboutTyped, Permit, about_rows};
pub use questions::NeedsQuestion;
pub use result::NeedsResult;

use crate::i18n::Tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use rules::needs::{
    self, Circumstance, EconomyHints, HelpKind, HomeProblem, NeedsAnswers, Risk, SleepingPlace,
};
use rules::profile::InForce;
use rules::{EstimateInput, RulesError};
use serde::{Deserialize, Serialize};

use crate::economy::{EconomyState, EstimateDraft, build_input, municipality_number, today};
use crate::profiles::Profiles;
use crate::routes::emergency::EmergencyPage;

/// The answers so far, shared by the question pages (provided by the app) and saved on the
/// device as they change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NeedsDraft {
    pub tonight: Option<SleepingPlace>,
    pub risks: Option<Vec<Risk>>,
    pub home_problems: Option<Vec<HomeProblem>>,
    pub circumstances: Option<Vec<Circumstance>>,
    pub plans: Option<Vec<Plan>>,
    /// The last page's answers as typed, kept while they are being corrected.
    #[serde(default)]
    pub about_typed: AboutTyped,
    /// The last page's answers as read when it was continued: only what was asked.
    #[serde(default)]
    pub about: Option<About>,
}

/// Answers to the plans question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Plan {
    BankLoanRefused,
    WantsToOwn,
}

/// The needs check's answers, shared by its pages.
#[derive(Debug, Clone, Copy)]
pub struct NeedsState(pub RwSignal<NeedsDraft>);

/// Where the needs check's draft is kept on the device.
pub const DRAFT_KEY: &str = "needs-draft";

impl NeedsState {
    /// The draft saved on the device, or a new one; saved again on every change.
    pub fn restore() -> Self {
        let draft = RwSignal::new(crate::storage::load(DRAFT_KEY).unwrap_or_default());
        Effect::new(move |_| crate::storage::keep(DRAFT_KEY, &draft.get()));
        Self(draft)
    }
}

impl NeedsDraft {
    /// The answers as the rules take them, once every question is answered.
    pub fn answers(&self) -> Option<NeedsAnswers> {
        self.with_about(self.about.clone()?)
    }

    /// The answers to the choice questions with `about` for the last page: what the rules need
    /// to tell which of the municipality's criteria to ask (`needs::criteria_asked`). `None`
    /// until the choice questions are answered.
    pub fn with_about(&self, about: About) -> Option<NeedsAnswers> {
        let plans = self.plans.clone()?;
        Some(NeedsAnswers {
            sleeping_tonight: self.tonight?,
            leaving_institution_within_months: about.leaving_institution_within_months,
            risks: self.risks.clone()?,
            lease_ends_within_months: about.lease_ends_within_months,
            home_problems: self.home_problems.clone()?,
            circumstances: self.circumstances.clone()?,
            age: about.age,
            years_in_municipality: about.years_in_municipality,
            has_residence_permit: about.residence_permit,
            cares_for_children: about.cares_for_children,
            bank_loan_refused: plans.contains(&Plan::BankLoanRefused),
            wants_to_own: plans.contains(&Plan::WantsToOwn),
        })
    }

    /// The first question not answered yet (the last one once all are).
    pub fn first_unanswered(&self) -> Question {
        let answered = [
            self.tonight.is_some(),
            self.risks.is_some(),
            self.home_problems.is_some(),
            self.circumstances.is_some(),
            self.plans.is_some(),
            self.about.is_some(),
        ];
        answered
            .iter()
            .position(|a| !a)
            .map_or(Question::About, |i| QUESTIONS[i])
    }
}

/// Where the result is.
pub const RESULT: &str = "/needs-check/result";

/// Where to go once every question is answered, when the questions were opened from another
/// journey (the application): only a path inside the app.
pub(crate) fn return_to() -> Option<String> {
    let query = leptos_router::hooks::use_query_map();
    query
        .get_untracked()
        .get("return")
        .filter(|r| r.starts_with("/apply") && !r.contains("//"))
}

/// The questions, in order. The last, `About`, asks what the municipality's criteria need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    Tonight,
    Risks,
    Home,
    Circumstances,
    Plans,
    About,
}

const QUESTIONS: [Question; 6] = [
    Question::Tonight,
    Question::Risks,
    Question::Home,
    Question::Circumstances,
    Question::Plans,
    Question::About,
];

impl Question {
    pub fn path(self) -> &'static str {
        match self {
            Self::Tonight => "/needs-check/tonight",
            Self::Risks => "/needs-check/risks",
            Self::Home => "/needs-check/home",
            Self::Circumstances => "/needs-check/circumstances",
            Self::Plans => "/needs-check/plans",
            Self::About => "/needs-check/about",
        }
    }

    fn number(self) -> usize {
        QUESTIONS.iter().position(|q| *q == self).unwrap_or(0) + 1
    }

    fn previous(self) -> &'static str {
        match self.number() {
            1 => "/needs-check",
            n => QUESTIONS[n - 2].path(),
        }
    }

    fn next(self) -> &'static str {
        QUESTIONS.get(self.number()).map_or(RESULT, |q| q.path())
    }
}

/// "Question n of 6".
fn progress(question: Question) -> impl IntoView {
    crate::i18n::twin_text(
        move |i18n| leptos_fluent::tr!(i18n, "needs-progress", { "n" => question.number(), "total" => QUESTIONS.len() }),
    )
}

/// `path` with the journey to return to, if the questions were opened from one.
fn path_with_return(back_to: &Option<String>, path: &str) -> String {
    match back_to {
        Some(r) => format!("{path}?return={r}"),
        None => path.to_string(),
    }
}

/// `/needs-check/<question>` and `/needs-check/result`.
#[component]
pub fn NeedsPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let page = Memo::new(move |_| params.with(|p| p.get("page").unwrap_or_default()));
    move || {
        let page = page.get();
        if page == "result" {
            return NeedsResult().into_any();
        }
        if page == "emergency" {
            return EmergencyPage().into_any();
        }
        match QUESTIONS
            .iter()
            .find(|q| q.path().rsplit('/').next() == Some(page.as_str()))
        {
            Some(Question::About) => about::NeedsAbout().into_any(),
            Some(q) => view! { <NeedsQuestion question=*q /> }.into_any(),
            None => crate::routes::not_found::NotFound().into_any(),
        }
    }
}

/// The start page of the needs check.
#[component]
pub fn NeedsStart() -> impl IntoView {
    view! {
        <Title text=crate::i18n::interpreter::page_title("needs-page-title", false) />
        <h1><Tr id="needs-heading" /></h1>
        <p class="lead"><Tr id="needs-lead" /></p>
        <p><Tr id="needs-privacy" /></p>
        <A href=Question::Tonight.path() attr:class="button" attr:data-testid="needs-start">
            <Tr id="needs-start" />
        </A>
    }
}

impl From<&NeedsAnswers> for NeedsDraft {
    /// The draft that gives these answers (for showing answers already sent).
    fn from(a: &NeedsAnswers) -> Self {
        let mut plans = Vec::new();
        if a.bank_loan_refused {
            plans.push(Plan::BankLoanRefused);
        }
        if a.wants_to_own {
            plans.push(Plan::WantsToOwn);
        }
        let about = About::from(a);
        Self {
            tonight: Some(a.sleeping_tonight),
            risks: Some(a.risks.clone()),
            home_problems: Some(a.home_problems.clone()),
            circumstances: Some(a.circumstances.clone()),
            plans: Some(plans),
            about_typed: AboutTyped::from(&about),
            about: Some(about),
        }
    }
}

/// Each choice question with the message ids of the answers chosen, for a summary of the
/// answers (the last page's answers: [`about_rows`]).
pub fn answered(d: &NeedsDraft) -> Vec<(Question, &'static str, Vec<&'static str>)> {
    QUESTIONS
        .iter()
        .filter(|q| **q != Question::About)
        .map(|q| (*q, question_ids(*q).0, q.chosen_labels(d)))
        .collect()
}

fn question_ids(q: Question) -> (&'static str, &'static str) {
    match q {
        Question::Tonight => ("q-tonight", "q-tonight-hint"),
        Question::Risks => ("q-risks", "q-risks-hint"),
        Question::Home => ("q-home", "q-home-hint"),
        Question::Circumstances => ("q-circumstances", "q-circumstances-hint"),
        Question::Plans => ("q-plans", "q-plans-hint"),
        Question::About => ("q-about", "q-about-hint"),
    }
}

/// The message that names `kind` (one list for the app and the staff export: rules).
pub fn help_name(kind: HelpKind) -> &'static str {
    kind.message_id()
}

/// The municipality number the resident gave (on the last question or in the estimates: one
/// shared field), if it names one municipality.
pub fn chosen_municipality(economy: &EconomyState, date: chrono::NaiveDate) -> Option<String> {
    economy
        .municipality
        .with(|typed| municipality_number(typed, date))
}

/// Runs `f` with the profile in force on `date` for the municipality the resident gave (the
/// national default where it has none of its own); `None` when no municipality is given or the
/// profiles could not be read. Tracks both.
pub fn with_profile<R>(
    economy: &EconomyState,
    profiles: &Profiles,
    date: chrono::NaiveDate,
    f: impl FnOnce(Option<InForce<'_>>) -> R,
) -> R {
    match chosen_municipality(economy, date) {
        Some(number) => profiles.with_in_force(&number, date, f),
        None => f(None),
    }
}

/// The rules' assessment of the needs check's answers, once all are given, with the
/// municipality's profile in force (`None`: its criteria are unknown). With a complete estimate
/// on this device, the rules weigh the economy too (bostøtte, startlån, a grant), without asking
/// again. `lang` is the page's language, in which the amounts were typed.
pub fn assess(
    draft: &NeedsDraft,
    economy: &EstimateDraft,
    lang: &str,
    profile: Option<InForce<'_>>,
) -> Option<Result<rules::needs::NeedsResult, RulesError>> {
    let answers = draft.answers()?;
    let date = today();
    Some(match build_input(economy, date, lang) {
        Ok(input) => rules::estimate::estimate_in(
            &EstimateInput {
                needs: Some(answers.clone()),
                ..input
            },
            profile,
        )
        .ok()
        .and_then(|r| r.needs)
        .map_or_else(
            || needs::assess(&answers, EconomyHints::default(), profile, date),
            Ok,
        ),
        Err(_) => needs::assess(&answers, EconomyHints::default(), profile, date),
    })
}
