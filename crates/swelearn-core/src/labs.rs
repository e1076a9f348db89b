//! The interactive labs: simulations of the mechanisms people are asked to design, each
//! deterministic for a seed. Every lab declares its parameters (so the command line and the
//! terminal UI can offer them generically) and returns a report that prints as text and
//! serializes to JSON. A topic names the labs it offers in `labs:`.

pub mod availability;
pub mod bloom;
mod error;
pub mod estimate;
pub mod hash_ring;
pub mod merkle;
mod param;
pub mod quorum;
pub mod rate_limit;
pub mod read_repair;
mod util;

use serde::Serialize;

pub use error::Error;
pub use param::{ParamSpec, Scale, number};
use util::Ticker;

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

/// A series to chart, with what its axes measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    pub x_label: &'static str,
    pub y_label: &'static str,
    /// (x, y) points in x order.
    pub points: Vec<(f64, f64)>,
    /// Whether y is a percentage (axis labels then end in %).
    pub y_percent: bool,
}

/// Every lab, in the order they are listed: the one list, which topic files' `labs:` are checked
/// against.
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

/// Whether a lab id exists.
pub fn exists(id: &str) -> bool {
    find(id).is_some()
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

    /// The index of a parameter by key.
    pub fn index(&self, key: &str) -> Option<usize> {
        self.params.iter().position(|p| p.key == key)
    }

    /// Brings parameters bounded by another back within it (R and W to N); returns the
    /// indices of those it changed.
    pub fn constrain(&self, values: &mut [f64]) -> Vec<usize> {
        let mut changed = Vec::new();
        for (i, p) in self.params.iter().enumerate() {
            if let Some(bound) = p.at_most.and_then(|k| self.index(k))
                && values[i] > values[bound]
            {
                values[i] = values[bound];
                changed.push(i);
            }
        }
        changed
    }

    /// Checks every value against its range and its bound, naming the first one that is off.
    pub fn check(&self, values: &[f64]) -> Result<(), Error> {
        for (p, &v) in self.params.iter().zip(values) {
            p.validate(v, &number(v))?;
            if let Some(bound) = p.at_most.and_then(|k| self.index(k))
                && v > values[bound]
            {
                return Err(Error::AboveBound {
                    key: p.key,
                    min: p.show(p.min),
                    bound: self.params[bound]
                        .label
                        .split(' ')
                        .next()
                        .unwrap_or(self.params[bound].key)
                        .to_owned(),
                    limit: number(values[bound]),
                    found: number(v),
                });
            }
        }
        Ok(())
    }

    /// Runs the lab with parameter values (in `params` order), a seed, and (for stepped labs)
    /// how many steps to show.
    pub fn run(&self, values: &[f64], seed: u64, step: usize) -> Result<Report, Error> {
        self.run_with(values, seed, step, &mut |_| true)
    }

    /// Runs the lab, calling `progress` with the fraction done (0 to 1) every so often; when it
    /// answers false the run stops with [`Error::Cancelled`].
    pub fn run_with(
        &self,
        values: &[f64],
        seed: u64,
        step: usize,
        progress: &mut dyn FnMut(f64) -> bool,
    ) -> Result<Report, Error> {
        self.check(values)?;
        let v = |key: &str| {
            self.index(key)
                .and_then(|i| values.get(i).copied())
                .unwrap_or(0.0)
        };
        let mut ticker = Ticker::new(progress);
        let t = &mut ticker;
        Ok(match self.id {
            "quorum" => Report::Quorum(quorum::run(&quorum::Params::from(&v), seed, t)?),
            "read-repair" => {
                Report::ReadRepair(read_repair::run(&read_repair::Params::from(&v), step)?)
            }
            "merkle" => Report::Merkle(merkle::run(&merkle::Params::from(&v), seed, step, t)?),
            "hash-ring" => Report::HashRing(hash_ring::run(&hash_ring::Params::from(&v), seed, t)?),
            "estimate" => Report::Estimate(estimate::run(&estimate::Params::from(&v))),
            "availability" => {
                Report::Availability(availability::run(&availability::Params::from(&v)))
            }
            "bloom" => Report::Bloom(bloom::run(&bloom::Params::from(&v), seed, t)?),
            "rate-limit" => {
                Report::RateLimit(rate_limit::run(&rate_limit::Params::from(&v), seed, t)?)
            }
            other => return Err(Error::NoSuchLab(other.to_owned())),
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

    /// A series to chart, if the lab has one.
    pub fn chart(&self) -> Option<Chart> {
        match self {
            Report::Quorum(r) if !r.strong => Some(Chart {
                title: "P(consistent read) against time after commit".into(),
                x_label: "ms after commit",
                y_label: "consistent",
                points: r
                    .curve
                    .iter()
                    .map(|p| (p.t_ms, p.probability * 100.0))
                    .collect(),
                y_percent: true,
            }),
            Report::RateLimit(r) => r.algorithms.first().map(|a| Chart {
                title: "Requests offered per second".into(),
                x_label: "second",
                y_label: "requests",
                points: a
                    .offered_per_second
                    .iter()
                    .enumerate()
                    .map(|(s, &x)| (s as f64, f64::from(x)))
                    .collect(),
                y_percent: false,
            }),
            _ => None,
        }
    }

    /// How many steps a stepped lab's report has (1 for the others).
    pub fn total_steps(&self) -> usize {
        match self {
            Report::ReadRepair(r) => r.total_steps,
            Report::Merkle(r) => r.depth as usize + 1,
            _ => 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one list of labs is what topic files are checked against and what the command line
    /// and the lab screen offer: every lab in it can be named, by an id no other lab has.
    #[test]
    fn every_lab_listed_can_be_named_by_its_id_alone() {
        for (i, lab) in ALL.iter().enumerate() {
            assert!(exists(lab.id), "{}", lab.id);
            assert_eq!(find(lab.id).map(|l| l.title), Some(lab.title));
            assert_eq!(
                ALL.iter().position(|l| l.id == lab.id),
                Some(i),
                "{}",
                lab.id
            );
        }
        assert!(!exists("warp-drive"));
    }
}
