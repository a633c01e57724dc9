//! How a result was reached: ordered steps, each a Fluent message id with its arguments and the
//! parameters (value, date, source, status) it used, so the app can show "how we calculated" in
//! any language and say when a figure is not yet confirmed.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::parameters::{ListParam, Param, Status, Unit};

/// A value in a step's message; the app formats it for the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// Norwegian kroner.
    Kroner(Decimal),
    /// A share, 0.737 for 73.7 %.
    Ratio(Decimal),
    /// A plain number, e.g. a weighting factor.
    Number(Decimal),
    /// A count of persons, months or years.
    Count(u32),
    /// A date.
    Date(NaiveDate),
    /// A message id the app translates (a reason, a kind of home).
    Message(Cow<'static, str>),
    /// Text shown as it is (a municipality's name).
    Text(Cow<'static, str>),
}

/// A parameter's value: an amount or rate, or a list of codes (municipality numbers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ParamValue {
    Amount(Decimal),
    Codes(Vec<Cow<'static, str>>),
}

/// One figure a step used, with where it comes from. Built from the static parameter tables it
/// is a pointer; read back from JSON (a submitted result) it owns its text.
#[derive(Debug, Clone)]
pub enum ParameterUse {
    Param(&'static Param),
    List(&'static ListParam),
    Owned(OwnedParameterUse),
}

/// A parameter use as read from JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnedParameterUse {
    pub id: Cow<'static, str>,
    pub value: ParamValue,
    /// What the value counts (figures read back from before units were typed are plain numbers).
    #[serde(default)]
    pub unit: Unit,
    #[serde(with = "crate::iso_date")]
    pub valid_from: NaiveDate,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::iso_date::option"
    )]
    pub valid_until: Option<NaiveDate>,
    pub status: Status,
    pub source: Cow<'static, str>,
    pub reference: Cow<'static, str>,
    pub href: Cow<'static, str>,
}

impl ParameterUse {
    pub fn id(&self) -> &str {
        match self {
            Self::Param(p) => p.id,
            Self::List(p) => p.id,
            Self::Owned(o) => &o.id,
        }
    }

    pub fn status(&self) -> Status {
        match self {
            Self::Param(p) => p.status,
            Self::List(p) => p.status,
            Self::Owned(o) => o.status,
        }
    }

    pub fn valid_from(&self) -> NaiveDate {
        match self {
            Self::Param(p) => p.from,
            Self::List(p) => p.from,
            Self::Owned(o) => o.valid_from,
        }
    }

    pub fn valid_until(&self) -> Option<NaiveDate> {
        match self {
            Self::Param(p) => p.until,
            Self::List(p) => p.until,
            Self::Owned(o) => o.valid_until,
        }
    }

    /// The same figure with its text owned: what serializing and reading back gives.
    pub fn to_owned_use(&self) -> OwnedParameterUse {
        let (id, meta, value, unit, source) = match self {
            Self::Param(p) => (p.id, p.node, ParamValue::Amount(p.value), p.unit, p.source),
            Self::List(p) => (
                p.id,
                p.node,
                ParamValue::Codes(p.codes.iter().map(|c| Cow::Borrowed(*c)).collect()),
                Unit::Codes,
                p.source,
            ),
            Self::Owned(o) => return o.clone(),
        };
        OwnedParameterUse {
            id: Cow::Borrowed(id),
            value,
            unit,
            valid_from: self.valid_from(),
            valid_until: self.valid_until(),
            status: self.status(),
            source: Cow::Borrowed(source),
            reference: Cow::Borrowed(meta.reference),
            href: Cow::Borrowed(meta.href),
        }
    }
}

impl PartialEq for ParameterUse {
    fn eq(&self, other: &Self) -> bool {
        self.to_owned_use() == other.to_owned_use()
    }
}

impl Serialize for ParameterUse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_owned_use().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ParameterUse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        OwnedParameterUse::deserialize(deserializer).map(Self::Owned)
    }
}

impl From<&'static Param> for ParameterUse {
    fn from(p: &'static Param) -> Self {
        Self::Param(p)
    }
}

impl From<&'static ListParam> for ParameterUse {
    fn from(p: &'static ListParam) -> Self {
        Self::List(p)
    }
}

/// A step's arguments: a short sorted list in memory, a JSON object on the wire.
mod args_as_map {
    use std::{borrow::Cow, collections::BTreeMap};

    use serde::{Deserialize, Deserializer, Serializer};

    use super::Arg;

    pub fn serialize<S: Serializer>(
        args: &[(Cow<'static, str>, Arg)],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(args.iter().map(|(k, v)| (k, v)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<(Cow<'static, str>, Arg)>, D::Error> {
        Ok(
            BTreeMap::<Cow<'static, str>, Arg>::deserialize(deserializer)?
                .into_iter()
                .collect(),
        )
    }
}

/// A figure used for a date after its known period: the newest there is, said so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutOfPeriod {
    /// The parameter node's id, e.g. "startlan.interest".
    pub id: Cow<'static, str>,
    #[serde(with = "crate::iso_date")]
    pub valid_from: NaiveDate,
    #[serde(with = "crate::iso_date")]
    pub valid_until: NaiveDate,
}

/// One line of "how we calculated".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub message_id: Cow<'static, str>,
    /// Sorted by name (as a map would be), serialized as a JSON object.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "args_as_map")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<ParameterUse>,
}

impl Step {
    pub fn new(message_id: &'static str) -> Self {
        Self {
            message_id: Cow::Borrowed(message_id),
            args: Vec::new(),
            parameters: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        let at = self.args.partition_point(|(k, _)| k.as_ref() < name);
        match self.args.get_mut(at) {
            Some((k, v)) if k.as_ref() == name => *v = value,
            _ => self.args.insert(at, (Cow::Borrowed(name), value)),
        }
        self
    }

    pub fn kr(self, name: &'static str, value: Decimal) -> Self {
        self.arg(name, Arg::Kroner(value))
    }

    pub fn uses(mut self, parameter: impl Into<ParameterUse>) -> Self {
        self.parameters.push(parameter.into());
        self
    }
}

/// The steps of one result, in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    pub steps: Vec<Step>,
}

impl Explanation {
    pub fn push(&mut self, step: Step) {
        self.steps.push(step);
    }

    /// True when any step used a figure that is not yet confirmed against its primary source.
    pub fn rests_on_unverified(&self) -> bool {
        self.steps
            .iter()
            .flat_map(|s| &s.parameters)
            .any(|p| p.status() == Status::Unverified)
    }

    /// The parameter nodes with a figure used whose known period ended before `date`, one
    /// entry per node ("bostotte.egenandel").
    pub fn out_of_period(&self, date: NaiveDate) -> Vec<OutOfPeriod> {
        let mut found: Vec<OutOfPeriod> = Vec::new();
        for p in self.steps.iter().flat_map(|s| &s.parameters) {
            let node = p.id().rsplit_once('.').map_or(p.id(), |(node, _)| node);
            if let Some(until) = p.valid_until().filter(|until| *until < date)
                && !found.iter().any(|f| f.id == node)
            {
                found.push(OutOfPeriod {
                    id: Cow::Owned(node.to_string()),
                    valid_from: p.valid_from(),
                    valid_until: until,
                });
            }
        }
        found
    }

    /// The newest valid-from date among the parameters used.
    pub fn parameters_valid_from(&self) -> Option<NaiveDate> {
        self.steps
            .iter()
            .flat_map(|s| &s.parameters)
            .map(ParameterUse::valid_from)
            .max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_reads_back_from_json_equal_to_itself_whatever_order_its_arguments_came_in() {
        let step = Step::new("explain-bostotte-coverage")
            .kr("monthly", Decimal::from(4449))
            .arg("rate", Arg::Ratio(Decimal::new(737, 3)))
            .kr("monthly", Decimal::from(4450));
        let json = serde_json::to_value(&step).expect("serializes");
        assert_eq!(
            json["args"]["monthly"]["kroner"], "4450",
            "a repeated argument replaces the first"
        );
        assert!(json["args"].is_object());
        let back: Step = serde_json::from_value(json).expect("reads back");
        assert_eq!(back, step);
    }
}
