//! The estimation lab: a back-of-the-envelope calculator (users and actions to average and peak
//! QPS, bandwidth, and storage per day and per year, in human units, with the arithmetic shown)
//! and drills that pose estimation problems and grade answers within a tolerance.

use serde::Serialize;

use super::util::si;
use super::{Lab, ParamSpec, Scale};

pub const LAB: Lab = Lab {
    id: "estimate",
    title: "Back-of-the-envelope estimation",
    about: "Turn users and actions into load: a day has 86,400 seconds (about 10^5), so 1 million \
            actions a day is about 12 per second on average; peaks are a few times that. Storage \
            is items x size x replication, per day and per year. The command line also drills you \
            (`swelearn lab estimate --drill`).",
    params: &[
        ParamSpec::num(
            "dau",
            "daily active users",
            100_000_000.0,
            (1.0, 1e10),
            Scale::Count,
            "users active in a day",
        ),
        ParamSpec::num(
            "writes",
            "writes per user per day",
            2.0,
            (0.0, 10_000.0),
            Scale::Ladder,
            "items each user creates a day",
        ),
        ParamSpec::num(
            "ratio",
            "reads per write",
            100.0,
            (0.0, 100_000.0),
            Scale::Ladder,
            "read:write ratio",
        ),
        ParamSpec::num(
            "size",
            "bytes per item",
            1_000.0,
            (1.0, 1e10),
            Scale::Count,
            "size of one item",
        ),
        ParamSpec::num(
            "peak",
            "peak factor",
            3.0,
            (1.0, 100.0),
            Scale::Ladder,
            "peak load over the daily average",
        ),
        ParamSpec::num(
            "replication",
            "replication",
            3.0,
            (1.0, 10.0),
            Scale::Linear(1.0),
            "copies stored",
        ),
        ParamSpec::num(
            "years",
            "retention (years)",
            5.0,
            (0.0, 100.0),
            Scale::Linear(1.0),
            "how long items are kept",
        ),
    ],
    stepped: false,
};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub dau: f64,
    pub writes: f64,
    pub ratio: f64,
    pub size: f64,
    pub peak: f64,
    pub replication: f64,
    pub years: f64,
}

impl Params {
    pub fn from(v: &dyn Fn(&str) -> f64) -> Params {
        Params {
            dau: v("dau"),
            writes: v("writes"),
            ratio: v("ratio"),
            size: v("size"),
            peak: v("peak"),
            replication: v("replication"),
            years: v("years"),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub write_qps: f64,
    pub write_qps_peak: f64,
    pub read_qps: f64,
    pub read_qps_peak: f64,
    /// Bytes per second in (writes) and out (reads), at peak.
    pub ingress_peak_bytes_per_s: f64,
    pub egress_peak_bytes_per_s: f64,
    /// Bytes stored per day and per year, replication included.
    pub storage_per_day_bytes: f64,
    pub storage_per_year_bytes: f64,
    pub storage_retained_bytes: f64,
    /// The arithmetic, one line per figure.
    pub worked: Vec<String>,
}

const DAY: f64 = 86_400.0;

pub fn run(p: &Params) -> Report {
    let writes_day = p.dau * p.writes;
    let write_qps = writes_day / DAY;
    let read_qps = write_qps * p.ratio;
    let per_day = writes_day * p.size * p.replication;
    let worked = vec![
        format!(
            "writes/day = {} users x {} = {}",
            si(p.dau, ""),
            p.writes,
            si(writes_day, "")
        ),
        format!(
            "write QPS = {} / 86,400 s = {} (peak x{} = {})",
            si(writes_day, ""),
            si(write_qps, ""),
            p.peak,
            si(write_qps * p.peak, "")
        ),
        format!(
            "read QPS = {} x {} = {} (peak {})",
            si(write_qps, ""),
            p.ratio,
            si(read_qps, ""),
            si(read_qps * p.peak, "")
        ),
        format!(
            "peak ingress = {} x {} B = {}/s",
            si(write_qps * p.peak, ""),
            si(p.size, ""),
            si(write_qps * p.peak * p.size, "B")
        ),
        format!(
            "peak egress = {} x {} B = {}/s = {}",
            si(read_qps * p.peak, ""),
            si(p.size, ""),
            si(read_qps * p.peak * p.size, "B"),
            si(read_qps * p.peak * p.size * 8.0, "bps")
        ),
        format!(
            "storage/day = {} x {} B x {} copies = {}",
            si(writes_day, ""),
            si(p.size, ""),
            p.replication,
            si(per_day, "B")
        ),
        format!(
            "storage/year = {} x 365 = {}; over {} years = {}",
            si(per_day, "B"),
            si(per_day * 365.0, "B"),
            p.years,
            si(per_day * 365.0 * p.years, "B")
        ),
    ];
    Report {
        write_qps,
        write_qps_peak: write_qps * p.peak,
        read_qps,
        read_qps_peak: read_qps * p.peak,
        ingress_peak_bytes_per_s: write_qps * p.peak * p.size,
        egress_peak_bytes_per_s: read_qps * p.peak * p.size,
        storage_per_day_bytes: per_day,
        storage_per_year_bytes: per_day * 365.0,
        storage_retained_bytes: per_day * 365.0 * p.years,
        worked,
    }
}

impl Report {
    pub fn text(&self) -> Vec<String> {
        let mut out = vec![
            format!(
                "Writes: {} average, {} peak",
                si(self.write_qps, "QPS"),
                si(self.write_qps_peak, "QPS")
            ),
            format!(
                "Reads:  {} average, {} peak",
                si(self.read_qps, "QPS"),
                si(self.read_qps_peak, "QPS")
            ),
            format!(
                "Peak bandwidth: {}/s in, {}/s out",
                si(self.ingress_peak_bytes_per_s, "B"),
                si(self.egress_peak_bytes_per_s, "B")
            ),
            format!(
                "Storage: {} a day, {} a year, {} retained",
                si(self.storage_per_day_bytes, "B"),
                si(self.storage_per_year_bytes, "B"),
                si(self.storage_retained_bytes, "B")
            ),
            "Worked:".to_owned(),
        ];
        out.extend(self.worked.iter().map(|w| format!("  {w}")));
        out
    }
}

/// An estimation problem with its answer and the arithmetic.
#[derive(Debug, Clone, Serialize)]
pub struct Drill {
    pub question: String,
    pub answer: f64,
    pub unit: &'static str,
    pub worked: Vec<String>,
}

/// How close an estimate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grade {
    /// Within 25%.
    Right,
    /// Within a factor of 2: the right order of magnitude.
    Close,
    Off,
}

/// Grades an estimate against the answer.
pub fn grade(answer: f64, guess: f64) -> Grade {
    if guess <= 0.0 || answer <= 0.0 {
        return if (guess - answer).abs() < f64::EPSILON {
            Grade::Right
        } else {
            Grade::Off
        };
    }
    let ratio = (guess / answer).max(answer / guess);
    if ratio <= 1.25 {
        Grade::Right
    } else if ratio <= 2.0 {
        Grade::Close
    } else {
        Grade::Off
    }
}

/// A problem drawn from a seed: peak QPS, storage per year, or egress bandwidth.
pub fn drill(seed: u64) -> Drill {
    let mut rng = fastrand::Rng::with_seed(seed);
    let dau = [1e6, 5e6, 2e7, 5e7, 1e8, 3e8, 5e8][rng.usize(0..7)];
    let per_user = [1.0, 2.0, 5.0, 10.0, 20.0][rng.usize(0..5)];
    let size = [200.0, 1_000.0, 5_000.0, 100_000.0, 2_000_000.0][rng.usize(0..5)];
    let peak = [2.0, 3.0, 5.0][rng.usize(0..3)];
    let actions = dau * per_user;
    let avg = actions / DAY;
    match rng.u8(0..3) {
        0 => Drill {
            question: format!(
                "{} daily users each make {per_user} requests a day, and the peak is {peak}x the average. What is the peak QPS?",
                si(dau, "")
            ),
            answer: avg * peak,
            unit: "requests/s",
            worked: vec![
                format!(
                    "{} x {per_user} = {} requests a day",
                    si(dau, ""),
                    si(actions, "")
                ),
                format!("/ 86,400 s = {} average", si(avg, "")),
                format!("x {peak} = {} at peak", si(avg * peak, "")),
            ],
        },
        1 => Drill {
            question: format!(
                "{} daily users each upload {per_user} items of {} a day, stored 3 times. How many bytes a year?",
                si(dau, ""),
                si(size, "B")
            ),
            answer: actions * size * 3.0 * 365.0,
            unit: "bytes",
            worked: vec![
                format!(
                    "{} x {per_user} = {} items a day",
                    si(dau, ""),
                    si(actions, "")
                ),
                format!(
                    "x {} x 3 copies = {} a day",
                    si(size, "B"),
                    si(actions * size * 3.0, "B")
                ),
                format!("x 365 = {} a year", si(actions * size * 3.0 * 365.0, "B")),
            ],
        },
        _ => Drill {
            question: format!(
                "{} daily users each view {per_user} items of {} a day; the peak is {peak}x the average. What peak egress in bits per second?",
                si(dau, ""),
                si(size, "B")
            ),
            answer: avg * peak * size * 8.0,
            unit: "bits/s",
            worked: vec![
                format!(
                    "{} x {per_user} / 86,400 = {} views/s",
                    si(dau, ""),
                    si(avg, "")
                ),
                format!("x {peak} = {} at peak", si(avg * peak, "")),
                format!(
                    "x {} x 8 bits = {}",
                    si(size, "B"),
                    si(avg * peak * size * 8.0, "bps")
                ),
            ],
        },
    }
}

/// Parses an answer like `12000`, `1.2e4`, `12k`, `3.5M`, `2 TB` or `40 Gbps` to a number.
pub fn parse_quantity(text: &str) -> Option<f64> {
    let t = text.trim().to_ascii_lowercase().replace([',', '_'], "");
    let t = t
        .trim_end_matches("bps")
        .trim_end_matches("/s")
        .trim_end_matches('b')
        .trim_end_matches("qps")
        .trim();
    let (num, mult) = match t.chars().last()? {
        'k' => (&t[..t.len() - 1], 1e3),
        'm' => (&t[..t.len() - 1], 1e6),
        'g' => (&t[..t.len() - 1], 1e9),
        't' => (&t[..t.len() - 1], 1e12),
        'p' => (&t[..t.len() - 1], 1e15),
        _ => (t, 1.0),
    };
    num.trim().parse::<f64>().ok().map(|v| v * mult)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_calculator_does_the_arithmetic() {
        let r = run(&Params {
            dau: 1e8,
            writes: 10.0,
            ratio: 1.0,
            size: 1000.0,
            peak: 2.0,
            replication: 3.0,
            years: 1.0,
        });
        assert!(
            (r.write_qps - 1e9 / 86_400.0).abs() < 1e-9,
            "about 11,574 QPS"
        );
        assert!((r.write_qps_peak - 2e9 / 86_400.0).abs() < 1e-9);
        assert!((r.storage_per_day_bytes - 3e12).abs() < 1.0, "3 TB a day");
        assert!(
            (r.storage_per_year_bytes - 1.095e15).abs() < 1e3,
            "about 1.1 PB a year"
        );
        assert!(r.worked[1].contains("11.6 K"), "{}", r.worked[1]);
    }

    #[test]
    fn drills_grade_within_tolerance_and_parse_units() {
        assert_eq!(grade(100.0, 110.0), Grade::Right);
        assert_eq!(grade(100.0, 180.0), Grade::Close);
        assert_eq!(grade(100.0, 1000.0), Grade::Off);
        assert_eq!(parse_quantity("12k"), Some(12_000.0));
        assert_eq!(parse_quantity("3.5 M"), Some(3_500_000.0));
        assert_eq!(parse_quantity("2 TB"), Some(2e12));
        assert_eq!(parse_quantity("40 Gbps"), Some(4e10));
        assert_eq!(parse_quantity("1,200"), Some(1200.0));
        assert_eq!(parse_quantity("lots"), None);
        let d = drill(7);
        assert!(d.answer > 0.0 && !d.worked.is_empty());
        assert_eq!(drill(7).question, d.question, "a seed repeats the drill");
    }
}
