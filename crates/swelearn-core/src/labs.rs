//! The interactive labs: simulations of the mechanisms people are asked to design, each
//! deterministic for a seed. Every lab declares its parameters (so the command line and the
//! terminal UI can offer them generically) and returns a report that prints as text and
//! serializes to JSON. A topic names the labs it offers in `labs:`.

pub mod availability;
pub mod bloom;
pub mod estimate;
pub mod hash_ring;
pub mod merkle;
pub mod quorum;
pub mod rate_limit;
pub mod read_repair;
mod util;

use serde::Serialize;

/// One parameter of a lab.
#[derive(Debug, Clone, Copy)]
pub struct ParamSpec {
    /// The command-line name (`--n`, `--w-rate`).
    pub key: &'static str,
    pub label: &'static str,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    /// How much one key press changes it.
    pub step: f64,
    /// Named values (the parameter is then an index into them).
    pub choices: &'static [&'static str],
    pub help: &'static str,
}

impl ParamSpec {
    const fn num(
        key: &'static str,
        label: &'static str,
        default: f64,
        min: f64,
        max: f64,
        step: f64,
        help: &'static str,
    ) -> ParamSpec {
        ParamSpec {
            key,
            label,
            default,
            min,
            max,
            step,
            choices: &[],
            help,
        }
    }

    /// The value as shown: a choice's name, an integer, or a number.
    pub fn show(&self, v: f64) -> String {
        if let Some(name) = self
            .choices
            .get(v as usize)
            .filter(|_| !self.choices.is_empty())
        {
            return (*name).to_owned();
        }
        if self.step.fract() == 0.0 && v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            let s = format!("{v:.4}");
            s.trim_end_matches('0').trim_end_matches('.').to_owned()
        }
    }

    /// Parses a value typed by the user (a number, or a choice's name).
    pub fn parse(&self, text: &str) -> Result<f64, String> {
        let value = if self.choices.is_empty() {
            text.trim()
                .parse::<f64>()
                .map_err(|_| format!("--{} must be a number (found \"{text}\")", self.key))?
        } else {
            self.choices
                .iter()
                .position(|c| c.eq_ignore_ascii_case(text.trim()))
                .ok_or_else(|| {
                    format!("--{} must be one of {}", self.key, self.choices.join(", "))
                })? as f64
        };
        if !(self.min..=self.max).contains(&value) {
            return Err(format!(
                "--{} must be between {} and {} (found {text})",
                self.key,
                self.show(self.min),
                self.show(self.max)
            ));
        }
        Ok(value)
    }
}

/// A lab: its id, title, explanation and parameters.
#[derive(Debug, Clone, Copy)]
pub struct Lab {
    pub id: &'static str,
    pub title: &'static str,
    /// What the lab shows and what to try.
    pub about: &'static str,
    pub params: &'static [ParamSpec],
    /// Whether the lab runs in steps (space steps through it).
    pub stepped: bool,
}

/// Every lab, in the order they are listed.
pub const ALL: &[Lab] = &[
    quorum::LAB,
    read_repair::LAB,
    merkle::LAB,
    hash_ring::LAB,
    estimate::LAB,
    availability::LAB,
    bloom::LAB,
    rate_limit::LAB,
];

/// The lab ids and titles (what topic files are checked against).
pub const LABS: &[(&str, &str)] = &[
    (
        "quorum",
        "Quorum N/R/W calculator with probabilistically bounded staleness",
    ),
    (
        "read-repair",
        "Step through a write with a replica down, then a repairing read",
    ),
    (
        "merkle",
        "Compare two replicas with Merkle trees and count what is exchanged",
    ),
    (
        "hash-ring",
        "Consistent hashing with virtual nodes: keys moved and load imbalance",
    ),
    (
        "estimate",
        "Back-of-the-envelope calculator and estimation drills",
    ),
    (
        "availability",
        "Nines to downtime, and components in series and in parallel",
    ),
    (
        "bloom",
        "Bloom filter sizing and measured false-positive rate",
    ),
    (
        "rate-limit",
        "Token bucket, leaky bucket and windows on one bursty trace",
    ),
];

/// Whether a lab id exists.
pub fn exists(id: &str) -> bool {
    LABS.iter().any(|(lab, _)| *lab == id)
}

/// A lab by id.
pub fn find(id: &str) -> Option<&'static Lab> {
    ALL.iter().find(|l| l.id == id)
}

impl Lab {
    /// The default parameter values.
    pub fn defaults(&self) -> Vec<f64> {
        self.params.iter().map(|p| p.default).collect()
    }

    /// Runs the lab with parameter values (in `params` order), a seed, and (for stepped labs)
    /// how many steps to show.
    pub fn run(&self, values: &[f64], seed: u64, step: usize) -> Result<Report, String> {
        let v = |key: &str| {
            self.params
                .iter()
                .position(|p| p.key == key)
                .and_then(|i| values.get(i).copied())
                .unwrap_or(0.0)
        };
        Ok(match self.id {
            "quorum" => Report::Quorum(quorum::run(&quorum::Params::from(&v), seed)?),
            "read-repair" => {
                Report::ReadRepair(read_repair::run(&read_repair::Params::from(&v), step))
            }
            "merkle" => Report::Merkle(merkle::run(&merkle::Params::from(&v), seed, step)?),
            "hash-ring" => Report::HashRing(hash_ring::run(&hash_ring::Params::from(&v), seed)?),
            "estimate" => Report::Estimate(estimate::run(&estimate::Params::from(&v))),
            "availability" => {
                Report::Availability(availability::run(&availability::Params::from(&v)))
            }
            "bloom" => Report::Bloom(bloom::run(&bloom::Params::from(&v), seed)?),
            "rate-limit" => Report::RateLimit(rate_limit::run(&rate_limit::Params::from(&v), seed)),
            other => return Err(format!("no lab is called {other}")),
        })
    }
}

/// What a lab computed.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Report {
    Quorum(quorum::Report),
    ReadRepair(read_repair::Report),
    Merkle(merkle::Report),
    HashRing(hash_ring::Report),
    Estimate(estimate::Report),
    Availability(availability::Report),
    Bloom(bloom::Report),
    RateLimit(rate_limit::Report),
}

impl Report {
    /// The report as lines of text.
    pub fn text(&self) -> Vec<String> {
        match self {
            Report::Quorum(r) => r.text(),
            Report::ReadRepair(r) => r.text(),
            Report::Merkle(r) => r.text(),
            Report::HashRing(r) => r.text(),
            Report::Estimate(r) => r.text(),
            Report::Availability(r) => r.text(),
            Report::Bloom(r) => r.text(),
            Report::RateLimit(r) => r.text(),
        }
    }

    /// A series to chart, if the lab has one: (label, values).
    pub fn chart(&self) -> Option<(String, Vec<f64>)> {
        match self {
            Report::Quorum(r) => Some((
                "P(consistent read) against ms after commit".into(),
                r.curve.iter().map(|p| p.probability).collect(),
            )),
            Report::RateLimit(r) => r.algorithms.first().map(|a| {
                (
                    format!("requests per second ({})", "offered"),
                    a.offered_per_second.iter().map(|&x| f64::from(x)).collect(),
                )
            }),
            _ => None,
        }
    }
}
