//! Why a label selector picks an object or leaves it out, requirement by requirement, and how
//! a node's labels measure up to a pod's nodeSelector, label by label.
//!
//! The matching rules are `selector::Requirement::matches` (apimachinery's); this module only
//! names the reason a requirement fails, in words a learner can act on.

use crate::selector::{Operator, Requirement, Selector};
use std::collections::BTreeMap;

/// Why one requirement of a selector does not hold for a set of labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// `key=value`, `key in (…)`, `key`, `key>N`: the label is not there.
    KeyMissing { key: String },
    /// `key=value`, `key in (…)`: the label has another value.
    ValueDiffers {
        key: String,
        actual: String,
        wanted: Vec<String>,
    },
    /// `key!=value`, `key notin (…)`: the label has a value the requirement rules out.
    Excluded {
        key: String,
        value: String,
        requirement: String,
    },
    /// `!key`: the label is there.
    KeyPresent { key: String, value: String },
    /// `key>N`, `key<N`: the value is not a whole number.
    NotANumber { key: String, actual: String },
    /// `key>N`, `key<N`: the number is on the wrong side.
    OutOfRange {
        key: String,
        actual: String,
        bound: String,
        greater: bool,
    },
}

/// `"a", "b"`: label values as the explanations quote them.
pub fn quoted_list(values: &[String]) -> String {
    values
        .iter()
        .map(|value| format!("\"{value}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Miss {
    /// The reason in plain words: `env is "debug", not "prod"`.
    pub fn plain(&self) -> String {
        match self {
            Miss::KeyMissing { key } => format!("has no label {key}"),
            Miss::ValueDiffers {
                key,
                actual,
                wanted,
            } => {
                if wanted.len() == 1 {
                    format!("{key} is \"{actual}\", not {}", quoted_list(wanted))
                } else {
                    format!("{key} is \"{actual}\", not one of {}", quoted_list(wanted))
                }
            }
            Miss::Excluded {
                key,
                value,
                requirement,
            } => format!("{key} is \"{value}\", which {requirement} excludes"),
            Miss::KeyPresent { key, value } => {
                format!("has the label {key}={value}, but !{key} wants no such label")
            }
            Miss::NotANumber { key, actual } => {
                format!("{key} is \"{actual}\", not a whole number")
            }
            Miss::OutOfRange {
                key,
                actual,
                bound,
                greater,
            } => {
                let side = if *greater { "greater" } else { "less" };
                format!("{key} is {actual}, not {side} than {bound}")
            }
        }
    }
}

/// One requirement of a selector and whether it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequirementCheck {
    /// The requirement in its canonical form (`env in (debug,prod)`).
    pub requirement: String,
    /// `None` when it holds.
    pub miss: Option<Miss>,
}

/// A selector's judgement of one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectorVerdict {
    pub matches: bool,
    /// Every requirement, in the selector's (key) order.
    pub checks: Vec<RequirementCheck>,
    /// Set when the labels fit but the object is outside the namespace that was listed.
    pub outside_namespace: Option<String>,
}

impl SelectorVerdict {
    /// Why the object is left out, one reason per failed requirement (empty if it matches).
    pub fn why_not(&self) -> Vec<String> {
        let mut reasons: Vec<String> = self
            .checks
            .iter()
            .filter_map(|check| check.miss.as_ref().map(Miss::plain))
            .collect();
        if let Some(namespace) = &self.outside_namespace {
            reasons.push(format!("not in namespace {namespace}, the one listed"));
        }
        reasons
    }
}

fn check(requirement: &Requirement, labels: &BTreeMap<String, String>) -> Option<Miss> {
    if requirement.matches(labels) {
        return None;
    }
    let key = requirement.key.clone();
    let label = labels.get(&requirement.key);
    let wanted: Vec<String> = requirement.values.iter().cloned().collect();
    let bound = wanted.first().cloned().unwrap_or_default();
    Some(match (requirement.operator, label) {
        (Operator::DoesNotExist, Some(value)) => Miss::KeyPresent {
            key,
            value: value.clone(),
        },
        (Operator::NotEquals | Operator::NotIn, Some(value)) => Miss::Excluded {
            key,
            value: value.clone(),
            requirement: requirement.to_string(),
        },
        (Operator::Equals | Operator::DoubleEquals | Operator::In, Some(value)) => {
            Miss::ValueDiffers {
                key,
                actual: value.clone(),
                wanted,
            }
        }
        (Operator::GreaterThan | Operator::LessThan, Some(value)) => {
            if value.parse::<i64>().is_err() {
                Miss::NotANumber {
                    key,
                    actual: value.clone(),
                }
            } else {
                Miss::OutOfRange {
                    key,
                    actual: value.clone(),
                    bound,
                    greater: requirement.operator == Operator::GreaterThan,
                }
            }
        }
        (_, _) => Miss::KeyMissing { key },
    })
}

/// Judges a set of labels against a selector, requirement by requirement.
pub fn explain_selector(selector: &Selector, labels: &BTreeMap<String, String>) -> SelectorVerdict {
    let requirements: Vec<String> = selector.0.iter().map(ToString::to_string).collect();
    explain_with(selector, &requirements, labels)
}

/// [`explain_selector`] with the requirements already written out (`requirements[i]` is
/// `selector.0[i]` as text): judging many objects writes them once.
pub(crate) fn explain_with(
    selector: &Selector,
    requirements: &[String],
    labels: &BTreeMap<String, String>,
) -> SelectorVerdict {
    let checks: Vec<RequirementCheck> = selector
        .0
        .iter()
        .enumerate()
        .map(|(index, requirement)| RequirementCheck {
            requirement: requirements
                .get(index)
                .cloned()
                .unwrap_or_else(|| requirement.to_string()),
            miss: check(requirement, labels),
        })
        .collect();
    SelectorVerdict {
        matches: checks.iter().all(|check| check.miss.is_none()),
        checks,
        outside_namespace: None,
    }
}

/// One label a nodeSelector asks for, checked on one node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelCheck {
    pub key: String,
    pub wanted: String,
    /// The node's value for the key, if it has the label.
    pub actual: Option<String>,
    pub ok: bool,
}

impl LabelCheck {
    /// `✓ gpu=true`, `✗ gpu=true (no such label)`, `✗ gpu=true (it is "false")`.
    pub fn plain(&self) -> String {
        let mark = if self.ok { "✓" } else { "✗" };
        let detail = match (&self.actual, self.ok) {
            (_, true) => String::new(),
            (None, false) => " (no such label)".to_string(),
            (Some(actual), false) => format!(" (it is \"{actual}\")"),
        };
        format!("{mark} {}={}{detail}", self.key, self.wanted)
    }
}

/// A nodeSelector checked against a node's labels, in key order.
pub fn node_selector_checks(
    node_selector: &BTreeMap<String, String>,
    labels: &BTreeMap<String, String>,
) -> Vec<LabelCheck> {
    node_selector
        .iter()
        .map(|(key, wanted)| {
            let actual = labels.get(key).cloned();
            LabelCheck {
                key: key.clone(),
                wanted: wanted.clone(),
                ok: actual.as_deref() == Some(wanted.as_str()),
                actual,
            }
        })
        .collect()
}
