//! The household's economy as the resident typed it: municipality, household, income and
//! housing. The estimates and the application share one copy (a context the app provides), saved
//! on the device on every change, so the resident never types it twice.

use chrono::NaiveDate;
use leptos::prelude::*;
use rules::{
    EstimateInput,
    household::{Basis, HomeKind, Household, Housing, Income, IncomeSource, Period},
    municipality,
    startlan::StartlanInput,
};
use serde::{Deserialize, Serialize};

use crate::format::{AmountError, parse_amount, parse_count};

/// Today, from the browser's clock (the rules never read a clock).
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(NaiveDate::MIN)
}

/// What the user typed about the household's economy, kept as typed so nothing is lost while it
/// is being corrected. Shared by the estimates and the application (provided by the app), so
/// nothing is asked twice.
#[derive(Debug, Clone, Copy)]
pub struct EconomyState {
    pub municipality: RwSignal<String>,
    pub adults: RwSignal<String>,
    pub couple: RwSignal<bool>,
    pub children_0_5: RwSignal<String>,
    pub children_6_10: RwSignal<String>,
    pub children_11_17: RwSignal<String>,
    pub income: RwSignal<String>,
    pub period: RwSignal<Period>,
    pub basis: RwSignal<Basis>,
    pub source: RwSignal<IncomeSource>,
    pub wealth: RwSignal<String>,
    pub home: RwSignal<HomeKind>,
    pub housing_cost: RwSignal<String>,
    pub adapted: RwSignal<bool>,
    pub home_price: RwSignal<String>,
    pub own_funds: RwSignal<String>,
}

/// The fields as saved on the device between visits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EstimateDraft {
    pub municipality: String,
    pub adults: String,
    pub couple: bool,
    pub children_0_5: String,
    pub children_6_10: String,
    pub children_11_17: String,
    pub income: String,
    pub period: Period,
    pub basis: Basis,
    pub source: IncomeSource,
    pub wealth: String,
    pub home: HomeKind,
    pub housing_cost: String,
    pub adapted: bool,
    pub home_price: String,
    pub own_funds: String,
}

impl Default for EstimateDraft {
    fn default() -> Self {
        Self {
            municipality: String::new(),
            adults: "1".into(),
            couple: false,
            children_0_5: String::new(),
            children_6_10: String::new(),
            children_11_17: String::new(),
            income: String::new(),
            period: Period::Year,
            basis: Basis::Gross,
            source: IncomeSource::Wages,
            wealth: String::new(),
            home: HomeKind::Rented,
            housing_cost: String::new(),
            adapted: false,
            home_price: String::new(),
            own_funds: String::new(),
        }
    }
}

/// Where the estimates' draft is kept on the device.
pub const DRAFT_KEY: &str = "estimates-draft";

impl EconomyState {
    /// The draft saved on the device, or a new one; saved again on every change.
    pub fn restore() -> Self {
        let state = Self::from_draft(crate::storage::load(DRAFT_KEY).unwrap_or_default());
        Effect::new(move |_| crate::storage::keep(DRAFT_KEY, &state.draft()));
        state
    }

    fn from_draft(d: EstimateDraft) -> Self {
        Self {
            municipality: RwSignal::new(d.municipality),
            adults: RwSignal::new(d.adults),
            couple: RwSignal::new(d.couple),
            children_0_5: RwSignal::new(d.children_0_5),
            children_6_10: RwSignal::new(d.children_6_10),
            children_11_17: RwSignal::new(d.children_11_17),
            income: RwSignal::new(d.income),
            period: RwSignal::new(d.period),
            basis: RwSignal::new(d.basis),
            source: RwSignal::new(d.source),
            wealth: RwSignal::new(d.wealth),
            home: RwSignal::new(d.home),
            housing_cost: RwSignal::new(d.housing_cost),
            adapted: RwSignal::new(d.adapted),
            home_price: RwSignal::new(d.home_price),
            own_funds: RwSignal::new(d.own_funds),
        }
    }

    /// The fields as they are now, without following them.
    pub fn draft_untracked(&self) -> EstimateDraft {
        untrack(|| self.draft())
    }

    /// Reads every field (so an effect that calls it follows all of them).
    pub fn draft(&self) -> EstimateDraft {
        EstimateDraft {
            municipality: self.municipality.get(),
            adults: self.adults.get(),
            couple: self.couple.get(),
            children_0_5: self.children_0_5.get(),
            children_6_10: self.children_6_10.get(),
            children_11_17: self.children_11_17.get(),
            income: self.income.get(),
            period: self.period.get(),
            basis: self.basis.get(),
            source: self.source.get(),
            wealth: self.wealth.get(),
            home: self.home.get(),
            housing_cost: self.housing_cost.get(),
            adapted: self.adapted.get(),
            home_price: self.home_price.get(),
            own_funds: self.own_funds.get(),
        }
    }

    /// Empties every field (after a submission, nothing personal stays on the device).
    pub fn clear(&self) {
        let d = EstimateDraft::default();
        self.municipality.set(d.municipality);
        self.adults.set(d.adults);
        self.couple.set(d.couple);
        self.children_0_5.set(d.children_0_5);
        self.children_6_10.set(d.children_6_10);
        self.children_11_17.set(d.children_11_17);
        self.income.set(d.income);
        self.period.set(d.period);
        self.basis.set(d.basis);
        self.source.set(d.source);
        self.wealth.set(d.wealth);
        self.home.set(d.home);
        self.housing_cost.set(d.housing_cost);
        self.adapted.set(d.adapted);
        self.home_price.set(d.home_price);
        self.own_funds.set(d.own_funds);
    }
}

pub fn home_value(kind: HomeKind) -> &'static str {
    match kind {
        HomeKind::Rented => "rented",
        HomeKind::Cooperative => "cooperative",
        HomeKind::OwnedHouse => "owned_house",
        HomeKind::None => "none",
    }
}

/// The municipality number in what was typed: "0301", "Oslo (0301)" or a name.
pub fn municipality_number(text: &str, date: NaiveDate) -> Option<String> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 4 {
        return Some(digits);
    }
    let name = text.trim().to_lowercase();
    municipality::search(&name, date, 400)
        .into_iter()
        .find(|m| {
            m.name.to_lowercase() == name
                || m.official_name.is_some_and(|o| o.to_lowercase() == name)
        })
        .map(|m| m.number.to_string())
}

/// The message shown until the estimate has what it needs.
pub const INCOMPLETE: &str = "estimate-incomplete";

/// A representative age for each band, so the rules get the living-cost rate of that band.
const BAND_AGES: [u8; 3] = [3, 8, 14];

/// The rules' input from the fields as typed on a page in `lang` (amounts are read as its readers
/// write them), or the message id of what is missing or wrong.
pub fn build_input(
    f: &EstimateDraft,
    date: NaiveDate,
    lang: &str,
) -> Result<EstimateInput, &'static str> {
    let amount = |s: &str| parse_amount(s, lang).map_err(AmountError::message_id);
    let count = |s: &str| parse_count(s, lang).map_err(AmountError::message_id);
    let number = municipality_number(&f.municipality, date).ok_or(INCOMPLETE)?;
    let mut children = Vec::new();
    for (field, age) in [&f.children_0_5, &f.children_6_10, &f.children_11_17]
        .into_iter()
        .zip(BAND_AGES)
    {
        let n = count(field)?.unwrap_or(0).min(20);
        children.extend(std::iter::repeat_n(age, n as usize));
    }
    let income = amount(&f.income)?.ok_or(INCOMPLETE)?;
    let cost = amount(&f.housing_cost)?.ok_or(INCOMPLETE)?;
    let price = amount(&f.home_price)?;
    Ok(EstimateInput {
        date,
        municipality: number,
        household: Household {
            adults: count(&f.adults)?.unwrap_or(1),
            couple: f.couple,
            children_ages: children,
            bostotte_exclusion: None,
        },
        income: Income {
            amount: income,
            period: f.period,
            basis: f.basis,
            source: f.source,
            net_wealth: amount(&f.wealth)?.unwrap_or_default(),
        },
        housing: Housing {
            kind: f.home,
            monthly_cost: cost,
            adapted_for_disability: f.adapted,
        },
        startlan: Some(StartlanInput {
            home_price: price,
            own_funds: amount(&f.own_funds)?.unwrap_or_default(),
            ..Default::default()
        }),
        needs: None,
    })
}
