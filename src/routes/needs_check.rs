//! The needs check, one question per page: where the person sleeps tonight, what threatens the
//! home, what is wrong with it, what makes it hard, and their plans. The result comes from the
//! rules crate: vanskeligstilt or not with the reasons, how urgent it is, and the help that fits.

use crate::i18n::{Tr, twin_id, twin_text};
use leptos::{ev::SubmitEvent, html, prelude::*};
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_navigate};
use rules::needs::{
    self, Assessment, Circumstance, EconomyHints, HelpKind, HomeProblem, NeedsAnswers, NeedsResult,
    Risk, SleepingPlace, Urgency,
};
use rules::{EstimateInput, RulesError};
use serde::{Deserialize, Serialize};

use crate::economy::{EconomyState, EstimateDraft, build_input, today};
use crate::routes::apply::frame::BackLink;
use crate::routes::emergency::{self, EmergencyNotice, EmergencyPage};

/// The answers so far, shared by the question pages (provided by the app) and saved on the
/// device as they change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NeedsDraft {
    pub tonight: Option<SleepingPlace>,
    pub risks: Option<Vec<Risk>>,
    pub home_problems: Option<Vec<HomeProblem>>,
    pub circumstances: Option<Vec<Circumstance>>,
    pub plans: Option<Vec<Plan>>,
}

/// Answers to the last question.
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
        let plans = self.plans.clone()?;
        Some(NeedsAnswers {
            sleeping_tonight: self.tonight?,
            leaving_institution_within_months: None,
            risks: self.risks.clone()?,
            lease_ends_within_months: None,
            home_problems: self.home_problems.clone()?,
            circumstances: self.circumstances.clone()?,
            age: None,
            years_in_municipality: None,
            has_residence_permit: None,
            cares_for_children: None,
            bank_loan_refused: plans.contains(&Plan::BankLoanRefused),
            wants_to_own: plans.contains(&Plan::WantsToOwn),
        })
    }
}

impl NeedsDraft {
    /// The first question not answered yet (the last one once all are).
    pub fn first_unanswered(&self) -> Question {
        let answered = [
            self.tonight.is_some(),
            self.risks.is_some(),
            self.home_problems.is_some(),
            self.circumstances.is_some(),
            self.plans.is_some(),
        ];
        answered
            .iter()
            .position(|a| !a)
            .map_or(Question::Plans, |i| QUESTIONS[i])
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

/// The questions, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    Tonight,
    Risks,
    Home,
    Circumstances,
    Plans,
}

const QUESTIONS: [Question; 5] = [
    Question::Tonight,
    Question::Risks,
    Question::Home,
    Question::Circumstances,
    Question::Plans,
];

impl Question {
    pub fn path(self) -> &'static str {
        match self {
            Self::Tonight => "/needs-check/tonight",
            Self::Risks => "/needs-check/risks",
            Self::Home => "/needs-check/home",
            Self::Circumstances => "/needs-check/circumstances",
            Self::Plans => "/needs-check/plans",
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

    /// (value, message id) of each option; the last of a checkbox question is "none of these".
    fn options(self) -> &'static [(&'static str, &'static str)] {
        match self {
            // The answers people give, each kind of renting and of staying apart; the rules
            // say which of them count as without a home of one's own.
            Self::Tonight => &[
                ("rents_private", "tonight-rents-private"),
                ("rents_municipal", "tonight-rents-municipal"),
                ("sublets", "tonight-sublets"),
                ("lodging", "tonight-lodging"),
                ("owns", "tonight-owns"),
                ("with_family", "tonight-with-family"),
                ("with_friends", "tonight-with-friends"),
                ("temporary_accommodation", "tonight-temporary"),
                ("reception_centre", "tonight-reception-centre"),
                ("institution", "tonight-institution"),
                ("nowhere", "tonight-nowhere"),
            ],
            Self::Risks => &[
                ("eviction", "risk-eviction"),
                ("rent_arrears", "risk-rent-arrears"),
                ("forced_sale", "risk-forced-sale"),
                ("lease_ending", "risk-lease-ending"),
                ("violence_or_threats", "risk-violence"),
                ("none", "answer-none-of-these"),
            ],
            Self::Home => &[
                ("too_small", "home-problem-too-small"),
                ("not_accessible", "home-problem-not-accessible"),
                ("poor_condition", "home-problem-poor-condition"),
                ("unsafe_neighbourhood", "home-problem-unsafe"),
                ("too_expensive", "home-problem-too-expensive"),
                ("none", "answer-none-of-these"),
            ],
            Self::Circumstances => &[
                ("physical_health", "circumstance-physical-health"),
                ("mental_health", "circumstance-mental-health"),
                ("disability", "circumstance-disability"),
                ("substance_use", "circumstance-substance-use"),
                ("social", "circumstance-social"),
                ("none", "answer-none-of-these"),
            ],
            Self::Plans => &[
                ("bank_loan_refused", "plan-bank-refused"),
                ("wants_to_own", "plan-wants-to-own"),
                ("none", "answer-none-of-these"),
            ],
        }
    }

    fn single_choice(self) -> bool {
        self == Self::Tonight
    }

    fn chosen(self, d: &NeedsDraft) -> Vec<&'static str> {
        match self {
            Self::Tonight => d
                .tonight
                .map(|t| vec![tonight_value(t)])
                .unwrap_or_default(),
            Self::Risks => listed(&d.risks, risk_value),
            Self::Home => listed(&d.home_problems, problem_value),
            Self::Circumstances => listed(&d.circumstances, circumstance_value),
            Self::Plans => listed(&d.plans, plan_value),
        }
    }

    fn store(self, d: &mut NeedsDraft, values: &[String]) {
        let real = || values.iter().filter(|v| v.as_str() != "none");
        match self {
            Self::Tonight => d.tonight = values.first().and_then(|v| parse_tonight(v)),
            Self::Risks => d.risks = Some(real().filter_map(|v| parse_risk(v)).collect()),
            Self::Home => d.home_problems = Some(real().filter_map(|v| parse_problem(v)).collect()),
            Self::Circumstances => {
                d.circumstances = Some(real().filter_map(|v| parse_circumstance(v)).collect())
            }
            Self::Plans => d.plans = Some(real().filter_map(|v| parse_plan(v)).collect()),
        }
    }
}

/// The values of a checkbox answer: "none" when answered with none of these, nothing when not
/// answered yet.
fn listed<T: Copy>(answer: &Option<Vec<T>>, value: fn(T) -> &'static str) -> Vec<&'static str> {
    match answer {
        None => Vec::new(),
        Some(items) if items.is_empty() => vec!["none"],
        Some(items) => items.iter().map(|i| value(*i)).collect(),
    }
}

macro_rules! value_map {
    ($to:ident, $from:ident, $ty:ty, $($variant:ident => $value:literal),+ $(,)?) => {
        fn $to(v: $ty) -> &'static str { match v { $(<$ty>::$variant => $value),+ } }
        fn $from(s: &str) -> Option<$ty> { match s { $($value => Some(<$ty>::$variant),)+ _ => None } }
    };
}

value_map!(tonight_value, parse_tonight, SleepingPlace,
    OwnHome => "own_home", Owns => "owns", RentsMunicipal => "rents_municipal",
    RentsPrivate => "rents_private", Sublets => "sublets", Lodging => "lodging",
    WithFriendsOrFamily => "with_friends_or_family", WithFamily => "with_family",
    WithFriends => "with_friends", TemporaryAccommodation => "temporary_accommodation",
    ReceptionCentre => "reception_centre", Institution => "institution", Nowhere => "nowhere");

/// Answers no longer offered that applications sent before may hold, with their text, so the
/// check page and the staff view still show them.
const TONIGHT_BEFORE: &[(&str, &str)] = &[
    ("own_home", "tonight-own-home"),
    ("with_friends_or_family", "tonight-friends-family"),
];
value_map!(risk_value, parse_risk, Risk,
    Eviction => "eviction", RentArrears => "rent_arrears", ForcedSale => "forced_sale",
    LeaseEnding => "lease_ending", ViolenceOrThreats => "violence_or_threats");
value_map!(problem_value, parse_problem, HomeProblem,
    TooSmall => "too_small", NotAccessible => "not_accessible", PoorCondition => "poor_condition",
    UnsafeNeighbourhood => "unsafe_neighbourhood", TooExpensive => "too_expensive");
value_map!(plan_value, parse_plan, Plan,
    BankLoanRefused => "bank_loan_refused", WantsToOwn => "wants_to_own");
value_map!(circumstance_value, parse_circumstance, Circumstance,
    PhysicalHealth => "physical_health", MentalHealth => "mental_health", Disability => "disability",
    SubstanceUse => "substance_use", Social => "social");

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

/// One question page.
#[component]
pub fn NeedsQuestion(question: Question) -> impl IntoView {
    let NeedsState(draft) = expect_context::<NeedsState>();
    let selected = RwSignal::new(question.chosen(&draft.get_untracked()));
    let error = RwSignal::new(false);
    let summary_ref = NodeRef::<html::Div>::new();
    let heading_ref = NodeRef::<html::H1>::new();
    let navigate = use_navigate();
    let (title_id, hint_id) = question_ids(question);
    let back_to = return_to();
    let with_return = move |path: &str| match &back_to {
        Some(r) => format!("{path}?return={r}"),
        None => path.to_string(),
    };
    let previous = with_return(question.previous());

    // Focus follows the user: to the question's heading on arrival, to the error summary when an
    // answer is missing (after it is shown: a hidden element cannot take focus).
    Effect::new(move |_| {
        if let Some(h) = heading_ref.get() {
            let _ = h.focus();
        }
    });
    Effect::new(move |_| {
        if error.get()
            && let Some(s) = summary_ref.get()
        {
            let _ = s.focus();
        }
    });

    let toggle = move |value: &'static str, on: bool| {
        selected.update(|s| {
            if question.single_choice() {
                *s = vec![value];
            } else if value == "none" {
                *s = if on { vec!["none"] } else { Vec::new() };
            } else {
                s.retain(|v| *v != "none" && *v != value);
                if on {
                    s.push(value);
                }
            }
        });
        error.set(false);
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let values: Vec<String> = selected
            .get_untracked()
            .iter()
            .map(|v| v.to_string())
            .collect();
        if values.is_empty() {
            error.set(true);
            return;
        }
        draft.update(|d| question.store(d, &values));
        // Nowhere to sleep tonight: the emergency help first, before any other question. From
        // the application: back to it once all is answered (at once, for a change made from its
        // check page); otherwise on through the questions.
        let no_bed = question == Question::Tonight
            && draft.with_untracked(|d| d.tonight == Some(SleepingPlace::Nowhere));
        let target = match return_to() {
            _ if no_bed => with_return(emergency::PATH),
            Some(r) if draft.with_untracked(|d| d.answers().is_some()) => r,
            _ => with_return(question.next()),
        };
        navigate(&target, Default::default());
    };

    let input_type = if question.single_choice() {
        "radio"
    } else {
        "checkbox"
    };
    let first_id = format!("answer-{}", question.options()[0].0);
    let options = question
        .options()
        .iter()
        .map(|(value, label)| {
            let id = format!("answer-{value}");
            let value: &'static str = value;
            let label: &'static str = label;
            view! {
                <div class=input_type>
                    <input
                        type=input_type
                        id=id.clone()
                        name="answer"
                        value=value
                        prop:checked=move || selected.get().contains(&value)
                        on:change=move |ev| toggle(value, event_target_checked(&ev))
                    />
                    <label for=id><Tr id=label /></label>
                </div>
            }
        })
        .collect_view();

    view! {
        <Title text=crate::i18n::interpreter::page_title(title_id, true) />
        <BackLink href=previous />
        <div class="error-summary" role="alert" tabindex="-1" node_ref=summary_ref hidden=move || !error.get()>
            <h2><Tr id="error-summary-title" /></h2>
            <ul>
                <li><a href=format!("#{first_id}")><Tr id="needs-error-choose" /></a></li>
            </ul>
        </div>
        <form on:submit=on_submit novalidate>
            <fieldset aria-describedby=hint_id>
                <legend>
                    <span class="progress">{twin_text(move |i18n| tr!(i18n, "needs-progress", { "n" => question.number(), "total" => QUESTIONS.len() }))}</span>
                    <h1 tabindex="-1" node_ref=heading_ref><Tr id=title_id /></h1>
                </legend>
                <p class="hint" id=hint_id><Tr id=hint_id /></p>
                {move || error.get().then(|| view! { <p class="error-message"><Tr id="needs-error-choose" /></p> })}
                {options}
            </fieldset>
            <button type="submit" class="button" data-testid="continue"><Tr id="continue" /></button>
        </form>
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
        Self {
            tonight: Some(a.sleeping_tonight),
            risks: Some(a.risks.clone()),
            home_problems: Some(a.home_problems.clone()),
            circumstances: Some(a.circumstances.clone()),
            plans: Some(plans),
        }
    }
}

/// Each question with the message ids of the answers chosen, for a summary of the answers.
pub fn answered(d: &NeedsDraft) -> Vec<(Question, &'static str, Vec<&'static str>)> {
    QUESTIONS
        .iter()
        .map(|q| {
            let chosen = q.chosen(d);
            let before = if *q == Question::Tonight {
                TONIGHT_BEFORE
            } else {
                &[]
            };
            let labels = q
                .options()
                .iter()
                .chain(before)
                .filter(|(value, _)| chosen.contains(value))
                .map(|(_, label)| *label)
                .collect();
            (*q, question_ids(*q).0, labels)
        })
        .collect()
}

fn question_ids(q: Question) -> (&'static str, &'static str) {
    match q {
        Question::Tonight => ("q-tonight", "q-tonight-hint"),
        Question::Risks => ("q-risks", "q-risks-hint"),
        Question::Home => ("q-home", "q-home-hint"),
        Question::Circumstances => ("q-circumstances", "q-circumstances-hint"),
        Question::Plans => ("q-plans", "q-plans-hint"),
    }
}

/// The message that names `kind` (one list for the app and the staff export: rules).
pub fn help_name(kind: HelpKind) -> &'static str {
    kind.message_id()
}

/// The rules' assessment of the needs check's answers, once all are given. With a complete
/// estimate on this device, the rules weigh the economy too (bostøtte, startlån, a grant),
/// without asking again. `lang` is the page's language, in which the amounts were typed.
pub fn assess(
    draft: &NeedsDraft,
    economy: &EstimateDraft,
    lang: &str,
) -> Option<Result<NeedsResult, RulesError>> {
    let answers = draft.answers()?;
    let date = today();
    Some(match build_input(economy, date, lang) {
        Ok(input) => rules::estimate(&EstimateInput {
            needs: Some(answers.clone()),
            ..input
        })
        .ok()
        .and_then(|r| r.needs)
        .map_or_else(
            || needs::assess(&answers, EconomyHints::default(), None, date),
            Ok,
        ),
        Err(_) => needs::assess(&answers, EconomyHints::default(), None, date),
    })
}

/// The result of the needs check.
#[component]
pub fn NeedsResult() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let NeedsState(draft) = expect_context::<NeedsState>();
    let economy = expect_context::<EconomyState>();
    // With a complete estimate on this device, the rules weigh the economy too (bostøtte,
    // startlån, a grant), without asking again.
    let result = Memo::new(move |_| assess(&draft.get(), &economy.draft(), i18n.language.get().id));
    view! {
        <Title text=crate::i18n::interpreter::page_title("needs-result-page-title", false) />
        {move || match result.get() {
            None => view! {
                <h1><Tr id="needs-result-heading" /></h1>
                <p><Tr id="needs-unanswered" /></p>
                <A href=Question::Tonight.path() attr:class="button"><Tr id="needs-start" /></A>
            }.into_any(),
            Some(Err(e)) => view! { <h1><Tr id="needs-result-heading" /></h1><p>{twin_id(e.message_id().to_string())}</p> }.into_any(),
            Some(Ok(r)) => {
                let notice = (r.urgency == Urgency::Emergency).then(EmergencyNotice);
                let outcome = match (r.vanskeligstilt, r.urgency) {
                    (Assessment::Yes, Urgency::Emergency) => "needs-outcome-emergency",
                    (Assessment::Yes, _) => "needs-outcome-yes",
                    (Assessment::Maybe, _) => "needs-outcome-maybe",
                    (Assessment::No, _) => "needs-outcome-no",
                };
                let law = r.legal_basis().map(|s| view! { <li>{twin_id(s.message_id.to_string())}</li> }).collect_view();
                let reasons = r.reasons.iter().map(|id| view! { <li>{twin_id(id.to_string())}</li> }).collect_view();
                let help = r.help.iter().map(|h| {
                    let why = {
                        let why = h.why.clone();
                        twin_text(move |i18n| why.iter().map(|w| i18n.tr(w)).collect::<Vec<_>>().join(" "))
                    };
                    let bring = h.bring.iter().map(|b| view! { <li>{twin_id(b.to_string())}</li> }).collect_view();
                    view! {
                        <li class="help" data-testid="help">
                            <h3><Tr id=help_name(h.kind) /></h3>
                            <p>{why}</p>
                            <p><strong>{twin_id(h.where_to_apply.to_string())}</strong></p>
                            <details>
                                <summary><Tr id="help-bring" /></summary>
                                <ul>{bring}</ul>
                            </details>
                        </li>
                    }
                }).collect_view();
                view! {
                    {notice}
                    <h1><Tr id="needs-result-heading" /></h1>
                    <p class="amount" data-testid="needs-outcome"><Tr id=outcome /></p>
                    <ul class="reasons">{reasons}</ul>
                    <h2><Tr id="needs-help-heading" /></h2>
                    <ol class="fitting-help">{help}</ol>
                    <h2><Tr id="needs-law-heading" /></h2>
                    <ul class="law" data-testid="law">{law}</ul>
                    <h2><Tr id="needs-next-heading" /></h2>
                    <ul>
                        <li><A href="/estimates"><Tr id="entry-estimates-title" /></A></li>
                        <li><A href="/apply"><Tr id="entry-apply-title" /></A></li>
                    </ul>
                    <p class="warning"><Tr id="needs-disclaimer" /></p>
                }.into_any()
            }
        }}
    }
}
