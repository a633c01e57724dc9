//! The household's economy as the resident typed it: municipality, household, income and
//! housing. The estimates and the application share one copy (a context the app provides), saved
//! on the device on every change, so the resident never types it twice.

use chrono::NaiveDate;
use leptos::prelude::*;
use rules::{
    EstimateInput,
    household::{
        Basis, BostotteExclusion, EgenandelGroup, HomeKind, Household, Housing, Income,
        IncomeSource, Period, PersonIncome,
    },
    municipality,
    startlan::{Debt, FixedCosts, PurchaseKind, StartlanInput},
};
use rust_decimal::Decimal;
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

/// One adult's income as typed.
#[derive(Debug, Clone, Copy)]
pub struct IncomeState {
    pub amount: RwSignal<String>,
    pub period: RwSignal<Period>,
    pub basis: RwSignal<Basis>,
    pub source: RwSignal<IncomeSource>,
    /// Alderspensjon and single, or uføretrygd as ung ufør: asked where it lowers the egenandel.
    pub special: RwSignal<bool>,
}

/// One adult's income as saved on the device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IncomeDraft {
    pub amount: String,
    pub period: Period,
    pub basis: Basis,
    pub source: IncomeSource,
    pub special: bool,
}

impl IncomeState {
    fn new(d: IncomeDraft) -> Self {
        Self {
            amount: RwSignal::new(d.amount),
            period: RwSignal::new(d.period),
            basis: RwSignal::new(d.basis),
            source: RwSignal::new(d.source),
            special: RwSignal::new(d.special),
        }
    }

    fn set(&self, d: IncomeDraft) {
        self.amount.set(d.amount);
        self.period.set(d.period);
        self.basis.set(d.basis);
        self.source.set(d.source);
        self.special.set(d.special);
    }

    fn draft(&self) -> IncomeDraft {
        IncomeDraft {
            amount: self.amount.get(),
            period: self.period.get(),
            basis: self.basis.get(),
            source: self.source.get(),
            special: self.special.get(),
        }
    }
}

/// Debts, childcare and child support as typed: each loan by its monthly payment or what is owed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DebtsDraft {
    pub consumer_monthly: String,
    pub consumer_balance: String,
    pub student_monthly: String,
    pub student_balance: String,
    pub car_monthly: String,
    pub car_balance: String,
    pub other_monthly: String,
    pub other_balance: String,
    pub childcare: String,
    pub child_support: String,
}

/// The same, one signal a field.
#[derive(Debug, Clone, Copy)]
pub struct DebtsState {
    pub consumer_monthly: RwSignal<String>,
    pub consumer_balance: RwSignal<String>,
    pub student_monthly: RwSignal<String>,
    pub student_balance: RwSignal<String>,
    pub car_monthly: RwSignal<String>,
    pub car_balance: RwSignal<String>,
    pub other_monthly: RwSignal<String>,
    pub other_balance: RwSignal<String>,
    pub childcare: RwSignal<String>,
    pub child_support: RwSignal<String>,
}

impl DebtsState {
    fn new(d: DebtsDraft) -> Self {
        Self {
            consumer_monthly: RwSignal::new(d.consumer_monthly),
            consumer_balance: RwSignal::new(d.consumer_balance),
            student_monthly: RwSignal::new(d.student_monthly),
            student_balance: RwSignal::new(d.student_balance),
            car_monthly: RwSignal::new(d.car_monthly),
            car_balance: RwSignal::new(d.car_balance),
            other_monthly: RwSignal::new(d.other_monthly),
            other_balance: RwSignal::new(d.other_balance),
            childcare: RwSignal::new(d.childcare),
            child_support: RwSignal::new(d.child_support),
        }
    }

    fn draft(&self) -> DebtsDraft {
        DebtsDraft {
            consumer_monthly: self.consumer_monthly.get(),
            consumer_balance: self.consumer_balance.get(),
            student_monthly: self.student_monthly.get(),
            student_balance: self.student_balance.get(),
            car_monthly: self.car_monthly.get(),
            car_balance: self.car_balance.get(),
            other_monthly: self.other_monthly.get(),
            other_balance: self.other_balance.get(),
            childcare: self.childcare.get(),
            child_support: self.child_support.get(),
        }
    }

    fn set(&self, d: DebtsDraft) {
        self.consumer_monthly.set(d.consumer_monthly);
        self.consumer_balance.set(d.consumer_balance);
        self.student_monthly.set(d.student_monthly);
        self.student_balance.set(d.student_balance);
        self.car_monthly.set(d.car_monthly);
        self.car_balance.set(d.car_balance);
        self.other_monthly.set(d.other_monthly);
        self.other_balance.set(d.other_balance);
        self.childcare.set(d.childcare);
        self.child_support.set(d.child_support);
    }
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
    pub exclusion: RwSignal<Option<BostotteExclusion>>,
    /// One row per possible adult, made once; only the first `adults` are shown and count, and
    /// the others keep what was typed if the number of adults falls and rises again.
    pub incomes: StoredValue<Vec<IncomeState>>,
    pub wealth: RwSignal<String>,
    pub debts: DebtsState,
    pub home: RwSignal<HomeKind>,
    pub housing_cost: RwSignal<String>,
    pub adapted: RwSignal<bool>,
    pub home_price: RwSignal<String>,
    pub purchase_kind: RwSignal<PurchaseKind>,
    pub maintenance: RwSignal<String>,
    pub own_funds: RwSignal<String>,
}

/// The fields as saved on the device between visits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EstimateDraft {
    pub municipality: String,
    pub adults: String,
    pub couple: bool,
    pub children_0_5: String,
    pub children_6_10: String,
    pub children_11_17: String,
    pub exclusion: Option<BostotteExclusion>,
    pub incomes: Vec<IncomeDraft>,
    pub wealth: String,
    pub debts: DebtsDraft,
    pub home: HomeKind,
    pub housing_cost: String,
    pub adapted: bool,
    pub home_price: String,
    pub purchase_kind: PurchaseKind,
    pub maintenance: String,
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
            exclusion: None,
            incomes: vec![IncomeDraft::default()],
            wealth: String::new(),
            debts: DebtsDraft::default(),
            home: HomeKind::Rented,
            housing_cost: String::new(),
            adapted: false,
            home_price: String::new(),
            purchase_kind: PurchaseKind::Borettslag,
            maintenance: String::new(),
            own_funds: String::new(),
        }
    }
}

/// Where the estimates' draft is kept on the device.
pub const DRAFT_KEY: &str = "estimates-draft";

/// The most adults whose incomes are asked one by one (the rules' limit on persons).
const MAX_INCOME_ROWS: usize = rules::household::MAX_PERSONS as usize;

impl EconomyState {
    /// The draft saved on the device, or a new one; saved again on every change.
    pub fn restore() -> Self {
        let state = Self::from_draft(crate::storage::load(DRAFT_KEY).unwrap_or_default());
        Effect::new(move |_| crate::storage::keep(DRAFT_KEY, &state.draft()));
        state
    }

    fn from_draft(d: EstimateDraft) -> Self {
        // Every row the rules allow, made now, with the state: signals made later (in an effect
        // or an event) would belong to it and be disposed with it.
        let mut saved = d.incomes.into_iter();
        let incomes = (0..MAX_INCOME_ROWS)
            .map(|_| IncomeState::new(saved.next().unwrap_or_default()))
            .collect();
        Self {
            municipality: RwSignal::new(d.municipality),
            adults: RwSignal::new(d.adults),
            couple: RwSignal::new(d.couple),
            children_0_5: RwSignal::new(d.children_0_5),
            children_6_10: RwSignal::new(d.children_6_10),
            children_11_17: RwSignal::new(d.children_11_17),
            exclusion: RwSignal::new(d.exclusion),
            incomes: StoredValue::new(incomes),
            wealth: RwSignal::new(d.wealth),
            debts: DebtsState::new(d.debts),
            home: RwSignal::new(d.home),
            housing_cost: RwSignal::new(d.housing_cost),
            adapted: RwSignal::new(d.adapted),
            home_price: RwSignal::new(d.home_price),
            purchase_kind: RwSignal::new(d.purchase_kind),
            maintenance: RwSignal::new(d.maintenance),
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
            exclusion: self.exclusion.get(),
            incomes: self.income_drafts(),
            wealth: self.wealth.get(),
            debts: self.debts.draft(),
            home: self.home.get(),
            housing_cost: self.housing_cost.get(),
            adapted: self.adapted.get(),
            home_price: self.home_price.get(),
            purchase_kind: self.purchase_kind.get(),
            maintenance: self.maintenance.get(),
            own_funds: self.own_funds.get(),
        }
    }

    /// The income rows as saved: up to the last one with anything typed (at least one).
    fn income_drafts(&self) -> Vec<IncomeDraft> {
        let mut drafts: Vec<IncomeDraft> = self
            .incomes
            .with_value(|rows| rows.iter().map(IncomeState::draft).collect());
        while drafts.len() > 1 && drafts.last() == Some(&IncomeDraft::default()) {
            drafts.pop();
        }
        drafts
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
        self.exclusion.set(d.exclusion);
        self.incomes.with_value(|rows| {
            for row in rows {
                row.set(IncomeDraft::default());
            }
        });
        self.wealth.set(d.wealth);
        self.debts.set(d.debts);
        self.home.set(d.home);
        self.housing_cost.set(d.housing_cost);
        self.adapted.set(d.adapted);
        self.home_price.set(d.home_price);
        self.purchase_kind.set(d.purchase_kind);
        self.maintenance.set(d.maintenance);
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

/// The number of the municipality in force that what was typed names: "0301", "Oslo (0301)",
/// "oslo kommune", "Baerum", "أوسلو", or an old number or name, which leads to what it became.
/// `None` when nothing or more than one municipality fits: the field then offers the candidates.
pub fn municipality_number(text: &str, date: NaiveDate) -> Option<String> {
    match municipality::lookup(text, date) {
        municipality::Lookup::Found(r) => Some(r.municipality.number.to_string()),
        _ => None,
    }
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
    let adults = count(&f.adults)?.unwrap_or(1);
    let household = Household {
        adults,
        couple: f.couple && adults >= 2,
        children_ages: children,
        bostotte_exclusion: f.exclusion,
    };
    let single = !household.couple;
    let mut persons = Vec::new();
    for row in f.incomes.iter().take(adults as usize) {
        // Every adult's income is asked: an empty one is not yet answered (0 is an answer).
        let value = amount(&row.amount)?.ok_or(INCOMPLETE_INCOME)?;
        persons.push(PersonIncome {
            amount: value,
            period: row.period,
            basis: row.basis,
            source: row.source,
            egenandel_group: special_group(row, single),
        });
    }
    if persons.len() < adults.min(MAX_INCOME_ROWS as u32) as usize {
        return Err(INCOMPLETE_INCOME);
    }
    // Someone with no home of their own has no housing cost to give (the field is not shown).
    let cost = if f.home == HomeKind::None {
        Decimal::ZERO
    } else {
        amount(&f.housing_cost)?.ok_or(INCOMPLETE)?
    };
    let price = amount(&f.home_price)?;
    let d = &f.debts;
    let debt = |monthly: &str, balance: &str| -> Result<Debt, &'static str> {
        Ok(Debt {
            monthly: amount(monthly)?,
            balance: amount(balance)?,
        })
    };
    let fixed_costs = FixedCosts {
        consumer_debt: debt(&d.consumer_monthly, &d.consumer_balance)?,
        student_loan: debt(&d.student_monthly, &d.student_balance)?,
        car_loan: debt(&d.car_monthly, &d.car_balance)?,
        other_loans: debt(&d.other_monthly, &d.other_balance)?,
        childcare_monthly: amount(&d.childcare)?.unwrap_or_default(),
        child_support_paid_monthly: amount(&d.child_support)?.unwrap_or_default(),
    };
    Ok(EstimateInput {
        date,
        municipality: number,
        household,
        income: Income {
            persons,
            net_wealth: amount(&f.wealth)?.unwrap_or_default(),
        },
        housing: Housing {
            kind: f.home,
            monthly_cost: cost,
            adapted_for_disability: f.adapted,
        },
        startlan: Some(StartlanInput {
            fixed_costs,
            maintenance_monthly: amount(&f.maintenance)?.unwrap_or_default(),
            home_price: price,
            purchase_kind: f.purchase_kind,
            own_funds: amount(&f.own_funds)?.unwrap_or_default(),
            ..Default::default()
        }),
        needs: None,
    })
}

/// How many adults' incomes to ask for, from the number of adults as typed: at least one, at most
/// the rules' limit. A count of persons is plain digits (Arabic ones too) in every language, so
/// any language reads it the same; Norwegian is used.
pub fn adults_asked(text: &str) -> usize {
    parse_count(text, "nb")
        .ok()
        .flatten()
        .map_or(1, |n| (n as usize).clamp(1, MAX_INCOME_ROWS))
}

/// The message shown until every adult's income is given.
pub const INCOMPLETE_INCOME: &str = "estimate-incomplete-income";

/// The egenandel group a ticked "special" box means for this kind of income: alderspensjon for a
/// single person, ung ufør for uføretrygd; nothing for other incomes.
fn special_group(row: &IncomeDraft, single: bool) -> Option<EgenandelGroup> {
    match (row.special, row.source) {
        (true, IncomeSource::Pension) if single => Some(EgenandelGroup::SingleOldAgePensioner),
        (true, IncomeSource::Uforetrygd) => Some(EgenandelGroup::YoungDisabled),
        _ => None,
    }
}
