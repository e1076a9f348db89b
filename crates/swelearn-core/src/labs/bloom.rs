//! The Bloom filter lab: sizing from n items and a target false-positive rate p
//! (m = -n ln p / (ln 2)^2 bits, k = (m/n) ln 2 hashes), and a real filter built with those sizes
//! whose measured false-positive rate is compared with the formula (1 - e^(-kn/m))^k.

use serde::Serialize;

use super::util::{Ticker, hash64};
use super::{Error, Lab, ParamSpec, Scale};

pub const LAB: Lab = Lab {
    id: "bloom",
    title: "Bloom filters: sizing and measured false positives",
    about: "A Bloom filter answers 'definitely not' or 'probably yes' in a few bits per item. For n \
            items and a false-positive rate p it needs about 1.44 log2(1/p) bits per item and \
            (m/n) ln 2 hash functions. The lab builds one, queries items never inserted, and \
            compares the rate it measures with the formula. Try inserting more than planned.",
    params: &[
        ParamSpec::num(
            "n",
            "items planned",
            100_000.0,
            (10.0, 10_000_000.0),
            Scale::Count,
            "items the filter is sized for",
        ),
        ParamSpec::num(
            "p",
            "target FP rate",
            0.01,
            (0.000_001, 0.5),
            Scale::Ladder,
            "false-positive probability to size for",
        ),
        ParamSpec::num(
            "inserted",
            "items inserted",
            0.0,
            (0.0, 10_000_000.0),
            Scale::Count,
            "items actually inserted (0: as many as planned)",
        ),
        ParamSpec::num(
            "queries",
            "test queries",
            100_000.0,
            (1_000.0, 10_000_000.0),
            Scale::Count,
            "lookups of items never inserted",
        ),
    ],
    stepped: false,
};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub n: u64,
    pub p: f64,
    pub inserted: u64,
    pub queries: u64,
}

impl Params {
    pub fn from(v: &dyn Fn(&str) -> f64) -> Params {
        let n = v("n") as u64;
        let inserted = v("inserted") as u64;
        Params {
            n,
            p: v("p"),
            inserted: if inserted == 0 { n } else { inserted },
            queries: v("queries") as u64,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub n: u64,
    pub p: f64,
    pub m_bits: u64,
    pub k: u32,
    pub bits_per_item: f64,
    pub bytes: u64,
    pub inserted: u64,
    pub queries: u64,
    pub false_positives: u64,
    pub measured_fp_rate: f64,
    /// (1 - e^(-k * inserted / m))^k.
    pub formula_fp_rate: f64,
}

/// Bits and hashes for n items at false-positive rate p.
pub fn size(n: u64, p: f64) -> (u64, u32) {
    let ln2 = std::f64::consts::LN_2;
    let m = (-(n as f64) * p.ln() / (ln2 * ln2)).ceil().max(8.0) as u64;
    let k = ((m as f64 / n as f64) * ln2).round().max(1.0) as u32;
    (m, k)
}

/// The expected false-positive rate with m bits, k hashes and n items inserted.
pub fn fp_rate(m: u64, k: u32, n: u64) -> f64 {
    (1.0 - (-f64::from(k) * n as f64 / m as f64).exp()).powi(k as i32)
}

/// A Bloom filter with double hashing (Kirsch and Mitzenmacher): index i = h1 + i * h2.
struct Filter {
    bits: Vec<u64>,
    m: u64,
    k: u32,
}

impl Filter {
    fn new(m: u64, k: u32) -> Filter {
        Filter {
            bits: vec![0; m.div_ceil(64) as usize],
            m,
            k,
        }
    }

    fn indexes(&self, key: &[u8]) -> impl Iterator<Item = u64> + '_ {
        let h1 = hash64(key, 0x5eed_0001);
        let h2 = hash64(key, 0x5eed_0002) | 1;
        (0..u64::from(self.k)).map(move |i| h1.wrapping_add(i.wrapping_mul(h2)) % self.m)
    }

    fn insert(&mut self, key: &[u8]) {
        let idx: Vec<u64> = self.indexes(key).collect();
        for i in idx {
            self.bits[(i / 64) as usize] |= 1 << (i % 64);
        }
    }

    fn contains(&self, key: &[u8]) -> bool {
        self.indexes(key)
            .all(|i| self.bits[(i / 64) as usize] & (1 << (i % 64)) != 0)
    }
}

pub fn run(p: &Params, seed: u64, ticker: &mut Ticker) -> Result<Report, Error> {
    if p.n == 0 || !(0.0..1.0).contains(&p.p) || p.p <= 0.0 {
        return Err(Error::Invalid(
            "--n must be at least 1 and --p between 0 and 1".to_owned(),
        ));
    }
    let (m, k) = size(p.n, p.p);
    let mut filter = Filter::new(m, k);
    let work = (p.inserted + p.queries) as usize;
    for i in 0..p.inserted {
        if i % 65_536 == 0 {
            ticker.at(i as usize, work)?;
        }
        filter.insert(format!("member-{seed}-{i}").as_bytes());
    }
    let mut false_positives = 0u64;
    for i in 0..p.queries {
        if i % 65_536 == 0 {
            ticker.at((p.inserted + i) as usize, work)?;
        }
        false_positives += u64::from(filter.contains(format!("other-{seed}-{i}").as_bytes()));
    }
    Ok(Report {
        n: p.n,
        p: p.p,
        m_bits: m,
        k,
        bits_per_item: m as f64 / p.n as f64,
        bytes: m.div_ceil(8),
        inserted: p.inserted,
        queries: p.queries,
        false_positives,
        measured_fp_rate: false_positives as f64 / p.queries.max(1) as f64,
        formula_fp_rate: fp_rate(m, k, p.inserted),
    })
}

impl Report {
    pub fn text(&self) -> Vec<String> {
        vec![
            format!(
                "Sized for n = {} at p = {}: m = {} bits ({} bytes, {:.2} bits per item), k = {} hashes.",
                self.n, self.p, self.m_bits, self.bytes, self.bits_per_item, self.k
            ),
            format!(
                "Inserted {} items; {} lookups of items never inserted.",
                self.inserted, self.queries
            ),
            format!(
                "Measured false-positive rate: {:.4}% ({} of {}).",
                self.measured_fp_rate * 100.0,
                self.false_positives,
                self.queries
            ),
            format!(
                "Formula (1 - e^(-kn/m))^k:     {:.4}%.",
                self.formula_fp_rate * 100.0
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizing_follows_the_formulas() {
        let (m, k) = size(1_000_000, 0.01);
        assert_eq!(m, 9_585_059, "about 9.6 bits per item at 1%");
        assert_eq!(k, 7);
    }

    #[test]
    fn measured_rate_is_within_sampling_error_of_the_formula() {
        for (n, p) in [(20_000, 0.01), (20_000, 0.05), (5_000, 0.001)] {
            let r = run(
                &Params {
                    n,
                    p,
                    inserted: n,
                    queries: 200_000,
                },
                3,
                &mut Ticker::none(),
            )
            .expect("runs");
            let expected = r.formula_fp_rate;
            let sd = (expected * (1.0 - expected) / 200_000.0).sqrt();
            assert!(
                (r.measured_fp_rate - expected).abs() < 5.0 * sd + 1e-5,
                "n={n} p={p}: {} vs {expected}",
                r.measured_fp_rate
            );
        }
        let over = run(
            &Params {
                n: 10_000,
                p: 0.01,
                inserted: 20_000,
                queries: 100_000,
            },
            3,
            &mut Ticker::none(),
        )
        .expect("runs");
        assert!(
            over.measured_fp_rate > 0.1,
            "twice the planned items raises the rate well above 1%"
        );
    }
}
