//! The rate-limit lab: token bucket, leaky bucket, fixed window, sliding window log and sliding
//! window counter on one bursty trace, with accepted and rejected requests over time and the
//! burst a fixed window lets through at its edge.

use serde::Serialize;

use super::util::Ticker;
use super::{Error, Lab, ParamSpec, Scale, number};

pub const LAB: Lab = Lab {
    id: "rate-limit",
    title: "Rate limiting algorithms on one bursty trace",
    about: "Every limiter here allows `limit` requests per `window` on average. A token bucket also \
            lets a burst of `burst` through; a leaky bucket queues up to `burst` and drains at a \
            steady pace; a fixed window resets at each boundary, so a burst straddling a boundary can \
            get up to twice the limit through within one window; sliding windows close that gap.",
    params: &[
        ParamSpec::num(
            "limit",
            "limit per window",
            10.0,
            (1.0, 100_000.0),
            Scale::Count,
            "requests allowed per window",
        ),
        ParamSpec::num(
            "window",
            "window (s)",
            1.0,
            (0.1, 3_600.0),
            Scale::Ladder,
            "window length in seconds",
        ),
        ParamSpec::num(
            "burst",
            "bucket size",
            10.0,
            (1.0, 100_000.0),
            Scale::Count,
            "token bucket capacity / leaky bucket queue",
        ),
        ParamSpec::num(
            "base",
            "base rate (req/s)",
            8.0,
            (0.0, 100_000.0),
            Scale::Ladder,
            "steady arrival rate of the trace",
        ),
        ParamSpec::num(
            "spike",
            "spike size",
            30.0,
            (0.0, 100_000.0),
            Scale::Count,
            "requests in each burst, straddling a window boundary",
        ),
        ParamSpec::num(
            "seconds",
            "trace length (s)",
            60.0,
            (5.0, 3_600.0),
            Scale::Ladder,
            "length of the trace",
        ),
    ],
    stepped: false,
};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub limit: f64,
    pub window: f64,
    pub burst: f64,
    pub base: f64,
    pub spike: f64,
    pub seconds: f64,
}

impl Params {
    pub fn from(v: &dyn Fn(&str) -> f64) -> Params {
        Params {
            limit: v("limit"),
            window: v("window"),
            burst: v("burst"),
            base: v("base"),
            spike: v("spike"),
            seconds: v("seconds"),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub algorithm: &'static str,
    pub accepted: u32,
    pub rejected: u32,
    /// Most requests accepted within any span of one window length.
    pub max_in_any_window: u32,
    pub accepted_per_second: Vec<u32>,
    pub offered_per_second: Vec<u32>,
    /// Longest wait of an accepted request in the queue (the leaky bucket smooths by delaying).
    pub max_delay_s: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub requests: u32,
    pub limit: f64,
    pub window: f64,
    pub algorithms: Vec<Outcome>,
}

/// The trace: Poisson arrivals at the base rate plus, every 15 s, a spike spread evenly over
/// the 100 ms around a window boundary.
pub fn trace(p: &Params, seed: u64) -> Vec<f64> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut t = Vec::new();
    if p.base > 0.0 {
        let mut now = 0.0;
        loop {
            now += -(1.0 - rng.f64()).ln() / p.base;
            if now >= p.seconds {
                break;
            }
            t.push(now);
        }
    }
    let mut edge = (15.0 / p.window).round().max(1.0) * p.window;
    while edge < p.seconds {
        let n = p.spike as u32;
        for i in 0..n {
            let x = edge - 0.05 + 0.1 * (f64::from(i) + 0.5) / f64::from(n.max(1));
            if (0.0..p.seconds).contains(&x) {
                t.push(x);
            }
        }
        edge += (15.0 / p.window).round().max(1.0) * p.window;
    }
    t.sort_by(f64::total_cmp);
    t
}

fn token_bucket(p: &Params, t: &[f64]) -> Vec<bool> {
    let rate = p.limit / p.window;
    let (mut tokens, mut last) = (p.burst, 0.0);
    t.iter()
        .map(|&now| {
            tokens = (tokens + (now - last) * rate).min(p.burst);
            last = now;
            let ok = tokens >= 1.0;
            if ok {
                tokens -= 1.0;
            }
            ok
        })
        .collect()
}

/// A leaky bucket as a queue: a request is accepted if the queue (draining at the limit's
/// rate) has room, and waits its turn; returns the decisions and the longest wait.
fn leaky_bucket(p: &Params, t: &[f64]) -> (Vec<bool>, f64) {
    let rate = p.limit / p.window;
    let (mut level, mut last, mut max_wait) = (0.0f64, 0.0, 0.0f64);
    let ok = t
        .iter()
        .map(|&now| {
            level = (level - (now - last) * rate).max(0.0);
            last = now;
            let ok = level + 1.0 <= p.burst;
            if ok {
                max_wait = max_wait.max(level / rate);
                level += 1.0;
            }
            ok
        })
        .collect();
    (ok, max_wait)
}

fn fixed_window(p: &Params, t: &[f64]) -> Vec<bool> {
    let (mut window, mut count) = (-1i64, 0.0);
    t.iter()
        .map(|&now| {
            let w = (now / p.window).floor() as i64;
            if w != window {
                window = w;
                count = 0.0;
            }
            let ok = count < p.limit;
            if ok {
                count += 1.0;
            }
            ok
        })
        .collect()
}

fn sliding_log(p: &Params, t: &[f64]) -> Vec<bool> {
    let mut log: std::collections::VecDeque<f64> = std::collections::VecDeque::new();
    t.iter()
        .map(|&now| {
            while log.front().is_some_and(|&x| x <= now - p.window) {
                log.pop_front();
            }
            let ok = (log.len() as f64) < p.limit;
            if ok {
                log.push_back(now);
            }
            ok
        })
        .collect()
}

/// The sliding window counter: this window's count plus the previous window's weighted by how
/// much of it still overlaps the last `window` seconds.
fn sliding_counter(p: &Params, t: &[f64]) -> Vec<bool> {
    let (mut window, mut current, mut previous) = (0i64, 0.0, 0.0);
    t.iter()
        .map(|&now| {
            let w = (now / p.window).floor() as i64;
            if w != window {
                previous = if w == window + 1 { current } else { 0.0 };
                current = 0.0;
                window = w;
            }
            let into = now / p.window - w as f64;
            let estimate = previous * (1.0 - into) + current;
            let ok = estimate < p.limit;
            if ok {
                current += 1.0;
            }
            ok
        })
        .collect()
}

fn outcome(name: &'static str, p: &Params, t: &[f64], ok: &[bool]) -> Outcome {
    let secs = p.seconds.ceil() as usize;
    let mut accepted_per_second = vec![0; secs];
    let mut offered_per_second = vec![0; secs];
    let mut times = Vec::new();
    for (&now, &a) in t.iter().zip(ok) {
        let s = (now as usize).min(secs - 1);
        offered_per_second[s] += 1;
        if a {
            accepted_per_second[s] += 1;
            times.push(now);
        }
    }
    let mut max_in_window = 0;
    let mut start = 0;
    for end in 0..times.len() {
        while times[end] - times[start] >= p.window {
            start += 1;
        }
        max_in_window = max_in_window.max(end + 1 - start);
    }
    let accepted = ok.iter().filter(|&&a| a).count() as u32;
    Outcome {
        algorithm: name,
        accepted,
        rejected: t.len() as u32 - accepted,
        max_in_any_window: max_in_window as u32,
        accepted_per_second,
        offered_per_second,
        max_delay_s: 0.0,
    }
}

/// The most requests a trace may hold: every algorithm keeps a decision per request.
pub const MAX_REQUESTS: f64 = 20_000_000.0;

/// About how many requests the trace will hold: the base rate over the trace plus a spike
/// every 15 seconds.
pub fn expected_requests(p: &Params) -> f64 {
    let period = (15.0 / p.window).round().max(1.0) * p.window;
    p.base * p.seconds + p.spike * (p.seconds / period).floor()
}

pub fn run(p: &Params, seed: u64, ticker: &mut Ticker) -> Result<Report, Error> {
    let expected = expected_requests(p);
    if expected > MAX_REQUESTS {
        return Err(Error::TooLarge {
            what: format!(
                "--base {} req/s over --seconds {} with --spike {} makes about {} requests",
                number(p.base),
                number(p.seconds),
                number(p.spike),
                number(expected.round())
            ),
            limit: number(MAX_REQUESTS),
            fix: "lower the base rate or shorten the trace",
        });
    }
    ticker.at(0, 6)?;
    let t = trace(p, seed);
    ticker.at(1, 6)?;
    let mut algorithms = vec![outcome("token bucket", p, &t, &token_bucket(p, &t))];
    ticker.at(2, 6)?;
    let (ok, wait) = leaky_bucket(p, &t);
    algorithms.push(Outcome {
        max_delay_s: wait,
        ..outcome("leaky bucket", p, &t, &ok)
    });
    ticker.at(3, 6)?;
    algorithms.push(outcome("fixed window", p, &t, &fixed_window(p, &t)));
    ticker.at(4, 6)?;
    algorithms.push(outcome("sliding window log", p, &t, &sliding_log(p, &t)));
    ticker.at(5, 6)?;
    algorithms.push(outcome(
        "sliding window counter",
        p,
        &t,
        &sliding_counter(p, &t),
    ));
    Ok(Report {
        requests: t.len() as u32,
        limit: p.limit,
        window: p.window,
        algorithms,
    })
}

impl Report {
    pub fn text(&self) -> Vec<String> {
        let mut out = vec![
            format!(
                "{} requests offered; limit {} per {} s window.",
                self.requests, self.limit, self.window
            ),
            format!(
                "{:<24} {:>8} {:>8} {:>22}",
                "algorithm", "accepted", "rejected", "most in one window"
            ),
        ];
        for a in &self.algorithms {
            out.push(format!(
                "{:<24} {:>8} {:>8} {:>22}",
                a.algorithm, a.accepted, a.rejected, a.max_in_any_window
            ));
        }
        if let Some(leaky) = self
            .algorithms
            .iter()
            .find(|a| a.algorithm == "leaky bucket")
        {
            out.push(format!(
                "The leaky bucket accepts what the token bucket does, but as a queue it smooths the output: accepted requests waited up to {:.2} s.",
                leaky.max_delay_s
            ));
        }
        if let Some(first) = self.algorithms.first() {
            out.push(format!(
                "{:<24} {}",
                "offered per second",
                crate::text::sparkline(
                    &first
                        .offered_per_second
                        .iter()
                        .map(|&x| u64::from(x))
                        .collect::<Vec<_>>()
                )
            ));
        }
        for a in &self.algorithms {
            out.push(format!(
                "{:<24} {}",
                a.algorithm,
                crate::text::sparkline(
                    &a.accepted_per_second
                        .iter()
                        .map(|&x| u64::from(x))
                        .collect::<Vec<_>>()
                )
            ));
        }
        out.push("A fixed window lets through up to twice its limit in one window-length span around a boundary; the sliding log never exceeds it.".to_owned());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> Params {
        Params {
            limit: 10.0,
            window: 1.0,
            burst: 10.0,
            base: 8.0,
            spike: 30.0,
            seconds: 60.0,
        }
    }

    #[test]
    fn the_fixed_window_edge_lets_twice_the_limit_through() {
        let r = run(&params(), 1, &mut Ticker::none()).expect("runs");
        let by = |name: &str| {
            r.algorithms
                .iter()
                .find(|a| a.algorithm == name)
                .expect("algorithm")
                .clone()
        };
        assert_eq!(
            by("sliding window log").max_in_any_window,
            10,
            "never more than the limit in any window"
        );
        assert!(
            by("fixed window").max_in_any_window > 10,
            "the edge burst exceeds the limit"
        );
        assert!(by("fixed window").max_in_any_window <= 20);
        for a in &r.algorithms {
            assert_eq!(a.accepted + a.rejected, r.requests);
            assert_eq!(a.accepted_per_second.iter().sum::<u32>(), a.accepted);
        }
    }

    #[test]
    fn under_the_limit_nothing_is_rejected_and_a_seed_repeats_the_trace() {
        let quiet = Params {
            base: 2.0,
            spike: 0.0,
            ..params()
        };
        let r = run(&quiet, 4, &mut Ticker::none()).expect("runs");
        for a in &r.algorithms {
            assert!(a.rejected <= 2, "{}: {}", a.algorithm, a.rejected);
        }
        assert_eq!(trace(&params(), 9), trace(&params(), 9));
    }

    #[test]
    fn a_trace_too_large_to_simulate_is_refused_before_it_is_built() {
        let huge = Params {
            base: 100_000.0,
            seconds: 3_600.0,
            ..params()
        };
        let err = run(&huge, 1, &mut Ticker::none()).expect_err("too large");
        assert_eq!(
            err.to_string(),
            "--base 100,000 req/s over --seconds 3,600 with --spike 30 makes about 360,007,200 \
             requests: at most 20,000,000 are simulated; lower the base rate or shorten the trace"
        );
    }
}
