//! The availability lab: the nines as downtime per year, month, week and day (and back), and the
//! availability of components in series (all must work: multiply) and in parallel (one must
//! work: 1 minus the product of the failure probabilities), e.g. a load balancer, app servers in
//! parallel and a database.

use serde::Serialize;

use super::util::duration;
use super::{Error, Lab, ParamSpec, Scale};

pub const LAB: Lab = Lab {
    id: "availability",
    title: "Availability: the nines, series and parallel",
    about: "Each nine cuts downtime tenfold: 99.9% allows 8.76 hours a year, 99.99% 52.6 minutes. \
            Components in series multiply their availabilities, so a chain is weaker than its \
            weakest link; redundant components in parallel fail only together. The system here is a \
            load balancer, then some app servers in parallel, then a database.",
    params: &[
        ParamSpec::num(
            "availability",
            "availability %",
            99.9,
            (50.0, 99.99999),
            Scale::Nines,
            "the availability to convert to downtime",
        ),
        ParamSpec::num(
            "lb",
            "load balancer %",
            99.99,
            (50.0, 99.99999),
            Scale::Nines,
            "availability of the load balancer",
        ),
        ParamSpec::num(
            "app",
            "app server %",
            99.9,
            (50.0, 99.99999),
            Scale::Nines,
            "availability of one app server",
        ),
        ParamSpec::num(
            "apps",
            "app servers",
            2.0,
            (1.0, 10.0),
            Scale::Linear(1.0),
            "app servers in parallel",
        ),
        ParamSpec::num(
            "db",
            "database %",
            99.95,
            (50.0, 99.99999),
            Scale::Nines,
            "availability of the database",
        ),
    ],
    stepped: false,
};

/// Seconds in a 365-day year, a 30-day month, a week and a day.
pub const PERIODS: [(&str, f64); 4] = [
    ("year", 365.0 * 86_400.0),
    ("month (30 days)", 30.0 * 86_400.0),
    ("week", 7.0 * 86_400.0),
    ("day", 86_400.0),
];

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub availability: f64,
    pub lb: f64,
    pub app: f64,
    pub apps: u32,
    pub db: f64,
}

impl Params {
    pub fn from(v: &dyn Fn(&str) -> f64) -> Params {
        Params {
            availability: v("availability"),
            lb: v("lb"),
            app: v("app"),
            apps: v("apps") as u32,
            db: v("db"),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Downtime {
    pub period: &'static str,
    pub seconds: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub availability_percent: f64,
    pub nines: f64,
    pub downtime: Vec<Downtime>,
    /// The app tier's availability with its servers in parallel.
    pub app_tier_percent: f64,
    /// Load balancer, app tier and database in series.
    pub system_percent: f64,
    pub system_downtime_per_year_s: f64,
}

/// Downtime in seconds per period for an availability in percent.
pub fn downtime(percent: f64) -> Vec<Downtime> {
    PERIODS
        .iter()
        .map(|(period, secs)| Downtime {
            period,
            seconds: secs * (1.0 - percent / 100.0),
        })
        .collect()
}

/// The availability (percent) that allows this much downtime per 365-day year.
pub fn from_downtime_per_year(seconds: f64) -> f64 {
    100.0 * (1.0 - seconds / PERIODS[0].1)
}

/// Components in series: all must be up.
pub fn series(parts: &[f64]) -> f64 {
    parts.iter().product()
}

/// Components in parallel: up unless all are down.
pub fn parallel(parts: &[f64]) -> f64 {
    1.0 - parts.iter().map(|a| 1.0 - a).product::<f64>()
}

/// What is wrong with a system as written (see [`evaluate`]).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SystemError {
    #[error(
        "unexpected '{found}' at position {at} of the system; write it like 99.99 > (99.9 | 99.9) > 99.95"
    )]
    Unexpected { found: char, at: usize },
    #[error("a '(' in the system is not closed")]
    Unclosed,
    #[error("expected an availability such as 99.9 at position {at} of the system")]
    NotAnAvailability { at: usize },
    #[error("an availability must be between 0 and 100 (found {found})")]
    OutOfRange { found: f64 },
}

/// Evaluates a system written as `99.99 > (99.9 | 99.9) > 99.95`: `>` joins parts in series,
/// `|` in parallel (binding tighter), parentheses group; numbers are percentages.
pub fn evaluate(expr: &str) -> Result<f64, Error> {
    let tokens: Vec<char> = expr.chars().filter(|c| !c.is_whitespace()).collect();
    let mut pos = 0;
    let v = parse_series(&tokens, &mut pos)?;
    if let Some(&found) = tokens.get(pos) {
        return Err(SystemError::Unexpected { found, at: pos + 1 }.into());
    }
    Ok(v * 100.0)
}

fn parse_series(t: &[char], pos: &mut usize) -> Result<f64, SystemError> {
    let mut parts = vec![parse_parallel(t, pos)?];
    while t.get(*pos) == Some(&'>') {
        *pos += 1;
        parts.push(parse_parallel(t, pos)?);
    }
    Ok(series(&parts))
}

fn parse_parallel(t: &[char], pos: &mut usize) -> Result<f64, SystemError> {
    let mut parts = vec![parse_atom(t, pos)?];
    while t.get(*pos) == Some(&'|') {
        *pos += 1;
        parts.push(parse_atom(t, pos)?);
    }
    Ok(parallel(&parts))
}

fn parse_atom(t: &[char], pos: &mut usize) -> Result<f64, SystemError> {
    if t.get(*pos) == Some(&'(') {
        *pos += 1;
        let v = parse_series(t, pos)?;
        if t.get(*pos) != Some(&')') {
            return Err(SystemError::Unclosed);
        }
        *pos += 1;
        return Ok(v);
    }
    let start = *pos;
    while t.get(*pos).is_some_and(|c| c.is_ascii_digit() || *c == '.') {
        *pos += 1;
    }
    let text: String = t[start..*pos].iter().collect();
    if t.get(*pos) == Some(&'%') {
        *pos += 1;
    }
    let v: f64 = text
        .parse()
        .map_err(|_| SystemError::NotAnAvailability { at: start + 1 })?;
    if !(0.0..=100.0).contains(&v) {
        return Err(SystemError::OutOfRange { found: v });
    }
    Ok(v / 100.0)
}

pub fn run(p: &Params) -> Report {
    let app_tier = parallel(&vec![p.app / 100.0; p.apps.max(1) as usize]);
    let system = series(&[p.lb / 100.0, app_tier, p.db / 100.0]);
    Report {
        availability_percent: p.availability,
        nines: -(1.0 - p.availability / 100.0).log10(),
        downtime: downtime(p.availability),
        app_tier_percent: app_tier * 100.0,
        system_percent: system * 100.0,
        system_downtime_per_year_s: PERIODS[0].1 * (1.0 - system),
    }
}

impl Report {
    pub fn text(&self) -> Vec<String> {
        let mut out = vec![format!(
            "{}% is {:.2} nines of availability; it allows this much downtime:",
            self.availability_percent, self.nines
        )];
        out.extend(
            self.downtime
                .iter()
                .map(|d| format!("  per {:<16} {}", d.period, duration(d.seconds))),
        );
        out.push(format!(
            "App tier (servers in parallel): {:.6}%",
            self.app_tier_percent
        ));
        out.push(format!(
            "System = LB x app tier x DB (in series): {:.4}%, about {} of downtime a year.",
            self.system_percent,
            duration(self.system_downtime_per_year_s)
        ));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nines_convert_exactly() {
        let d = downtime(99.9);
        assert!((d[0].seconds - 31_536.0).abs() < 1e-6, "8.76 h a year");
        assert!(
            (d[1].seconds - 2_592.0).abs() < 1e-6,
            "43.2 min a 30-day month"
        );
        assert!((d[3].seconds - 86.4).abs() < 1e-9, "86.4 s a day");
        assert!(
            (downtime(99.99)[0].seconds - 3_153.6).abs() < 1e-6,
            "52.56 min a year"
        );
        assert!(
            (downtime(99.999)[0].seconds - 315.36).abs() < 1e-6,
            "5.26 min a year"
        );
        assert!((from_downtime_per_year(31_536.0) - 99.9).abs() < 1e-9);
    }

    #[test]
    fn series_and_parallel_compose_exactly() {
        let r = run(&Params {
            availability: 99.9,
            lb: 99.99,
            app: 99.9,
            apps: 2,
            db: 99.95,
        });
        assert!((r.app_tier_percent - 99.9999).abs() < 1e-9, "1 - 0.001^2");
        let expected = 0.9999 * (1.0 - 0.001f64.powi(2)) * 0.9995 * 100.0;
        assert!((r.system_percent - expected).abs() < 1e-9);
        assert!(
            (evaluate("99.99 > (99.9 | 99.9) > 99.95").expect("parses") - expected).abs() < 1e-9
        );
        assert!((evaluate("99 | 99 | 99").expect("parses") - 99.9999).abs() < 1e-9);
        let wrong = |system: &str| evaluate(system).map_err(|e| e.to_string());
        assert_eq!(
            wrong("99 > (99"),
            Err("--system: a '(' in the system is not closed".into())
        );
        assert_eq!(
            wrong("101"),
            Err("--system: an availability must be between 0 and 100 (found 101)".into())
        );
        assert_eq!(
            evaluate("99.9 >"),
            Err(Error::System(SystemError::NotAnAvailability { at: 6 }))
        );
        assert_eq!(
            evaluate("99.9 ) 9"),
            Err(Error::System(SystemError::Unexpected { found: ')', at: 5 }))
        );
    }
}
