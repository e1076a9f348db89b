//! A lab's parameters: their ranges, how one key press steps them (whole steps, a 1-2-5 ladder,
//! or the nines of availability, never wrapping and never producing float noise), how they are
//! shown and how a typed value is read and checked. Shared by the command line and the screens.

use super::Error;

/// How a parameter moves when stepped up or down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    /// Fixed steps of this size (N, R, W, fanout).
    Linear(f64),
    /// 1, 2, 5, 10, 20, 50 ... (rates, durations), with 0 when the range starts at 0.
    Ladder,
    /// The same ladder for whole numbers (counts, sizes).
    Count,
    /// 50, 90, 95, 99, 99.9, 99.95, 99.99, 99.999 ... (availability in percent).
    Nines,
    /// The parameter is an index into `choices`.
    Choice,
}

/// One parameter of a lab.
#[derive(Debug, Clone, Copy)]
pub struct ParamSpec {
    /// The command-line name (`--n`, `--w-rate`).
    pub key: &'static str,
    pub label: &'static str,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub scale: Scale,
    /// Named values (the parameter is then an index into them).
    pub choices: &'static [&'static str],
    /// The key of a parameter this one may not exceed (R and W may not exceed N).
    pub at_most: Option<&'static str>,
    pub help: &'static str,
}

/// The availability ladder: each step adds a nine or a half nine.
const NINES: &[&str] = &[
    "50", "90", "95", "99", "99.9", "99.95", "99.99", "99.999", "99.9999", "99.99999",
];

impl ParamSpec {
    pub(crate) const fn num(
        key: &'static str,
        label: &'static str,
        default: f64,
        (min, max): (f64, f64),
        scale: Scale,
        help: &'static str,
    ) -> ParamSpec {
        ParamSpec {
            key,
            label,
            default,
            min,
            max,
            scale,
            choices: &[],
            at_most: None,
            help,
        }
    }

    pub(crate) const fn choice(
        key: &'static str,
        label: &'static str,
        choices: &'static [&'static str],
        help: &'static str,
    ) -> ParamSpec {
        ParamSpec {
            key,
            label,
            default: 0.0,
            min: 0.0,
            max: (choices.len() - 1) as f64,
            scale: Scale::Choice,
            choices,
            at_most: None,
            help,
        }
    }

    /// The same parameter, bounded above by another one's value.
    pub(crate) const fn at_most(self, key: &'static str) -> ParamSpec {
        ParamSpec {
            at_most: Some(key),
            ..self
        }
    }

    /// Whether the value is a whole number by nature (counts, indices).
    pub fn integral(&self) -> bool {
        match self.scale {
            Scale::Linear(step) => step.fract() == 0.0 && self.min.fract() == 0.0,
            Scale::Choice | Scale::Count => true,
            Scale::Ladder | Scale::Nines => false,
        }
    }

    /// The value one step up or down from `v`, within the range: the ends stay where they are.
    pub fn step(&self, v: f64, up: bool) -> f64 {
        let next = match self.scale {
            Scale::Linear(step) => {
                let n = ((v - self.min) / step).round() + if up { 1.0 } else { -1.0 };
                tidy(self.min + n * step)
            }
            Scale::Choice => v + if up { 1.0 } else { -1.0 },
            Scale::Ladder | Scale::Count | Scale::Nines => {
                let ladder = self.ladder();
                let found = if up {
                    ladder
                        .iter()
                        .copied()
                        .find(|&x| x > v * (1.0 + 1e-12) + 1e-300)
                } else {
                    ladder
                        .iter()
                        .rev()
                        .copied()
                        .find(|&x| x < v * (1.0 - 1e-12) - 1e-300)
                };
                found.unwrap_or(v)
            }
        };
        next.clamp(self.min, self.max)
    }

    /// The values a ladder or the nines step through, within the range, ends included.
    fn ladder(&self) -> Vec<f64> {
        let mut values: Vec<f64> = match self.scale {
            Scale::Nines => NINES.iter().filter_map(|s| s.parse().ok()).collect(),
            _ => (-9..=15)
                .flat_map(|e| ["1", "2", "5"].map(|m| format!("{m}e{e}")))
                .filter_map(|s| s.parse().ok())
                .collect(),
        };
        // A range from 0 climbs 0, 1, 2, 5 ...: fractions of a unit are typed, not stepped.
        let floor = if self.min == 0.0 { 1.0 } else { self.min };
        values.retain(|&x| x >= floor && x > self.min && x < self.max);
        values.insert(0, self.min);
        values.push(self.max);
        values
    }

    /// The value as shown: a choice's name, or the number with thousands separated.
    pub fn show(&self, v: f64) -> String {
        if let Some(name) = self.choices.get(v as usize) {
            return (*name).to_owned();
        }
        number(v)
    }

    /// Reads a value typed by the user (a number such as `2.5`, `10k`, `1,000,000`, `1e6`, or
    /// a choice's name) and checks it against the range.
    pub fn parse(&self, text: &str) -> Result<f64, Error> {
        let found = text.trim();
        let value = if self.choices.is_empty() {
            quantity(found).ok_or_else(|| Error::NotANumber {
                key: self.key,
                found: found.to_owned(),
            })?
        } else {
            self.choices
                .iter()
                .position(|c| c.eq_ignore_ascii_case(found))
                .ok_or_else(|| Error::NotAChoice {
                    key: self.key,
                    choices: self.choices.join(", "),
                    found: found.to_owned(),
                })? as f64
        };
        self.validate(value, found)?;
        Ok(value)
    }

    /// Checks a value against the range (and, for counts, that it is whole); `found` is how
    /// the error shows it.
    pub fn validate(&self, value: f64, found: &str) -> Result<(), Error> {
        if !(self.min..=self.max).contains(&value) || (self.integral() && value.fract() != 0.0) {
            return Err(Error::OutOfRange {
                key: self.key,
                min: self.show(self.min),
                max: self.show(self.max),
                whole: self.integral(),
                found: found.to_owned(),
            });
        }
        Ok(())
    }
}

/// A number as people write it: whole numbers with thousands separated (12,345), others in
/// their shortest exact form (0.001, 99.95).
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{:.0}", v.abs());
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{v}")
    }
}

/// Rounds away the noise of repeated decimal steps (0.1 + 0.2) at the ninth decimal place.
fn tidy(v: f64) -> f64 {
    format!("{v:.9}").parse().unwrap_or(v)
}

/// A number with optional separators (`,` `_`), a `k`/`M`/`G` multiplier or a trailing `%`.
fn quantity(text: &str) -> Option<f64> {
    let t = text.replace([',', '_'], "");
    let t = t.trim().trim_end_matches('%').trim_end();
    let (num, mult) = match t.chars().last()? {
        'k' | 'K' => (&t[..t.len() - 1], 1e3),
        'M' => (&t[..t.len() - 1], 1e6),
        'G' | 'B' => (&t[..t.len() - 1], 1e9),
        _ => (t, 1.0),
    };
    let v = num.trim().parse::<f64>().ok()? * mult;
    v.is_finite().then(|| tidy(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(p: &ParamSpec, from: f64, up: bool, steps: usize) -> Vec<String> {
        let mut v = from;
        (0..steps)
            .map(|_| {
                v = p.step(v, up);
                p.show(v)
            })
            .collect()
    }

    #[test]
    fn availability_steps_through_the_nines() {
        let p = ParamSpec::num("a", "a", 99.0, (50.0, 99.99999), Scale::Nines, "");
        assert_eq!(
            walk(&p, 99.0, true, 7),
            [
                "99.9", "99.95", "99.99", "99.999", "99.9999", "99.99999", "99.99999"
            ]
        );
        assert_eq!(walk(&p, 99.9, false, 5), ["99", "95", "90", "50", "50"]);
        // An off-ladder value moves to the next rung, not by a fraction of itself.
        assert_eq!(p.step(72.899_992_71, true), 90.0);
    }

    #[test]
    fn counts_follow_a_one_two_five_ladder_and_never_wrap() {
        let p = ParamSpec::num("t", "t", 1e5, (1_000.0, 1e7), Scale::Count, "");
        assert_eq!(
            walk(&p, 1e5, true, 6),
            [
                "200,000",
                "500,000",
                "1,000,000",
                "2,000,000",
                "5,000,000",
                "10,000,000"
            ]
        );
        assert_eq!(p.step(1e7, true), 1e7, "the top stays the top");
        assert_eq!(walk(&p, 5_000.0, false, 3), ["2,000", "1,000", "1,000"]);
        let zero = ParamSpec::num("s", "s", 0.0, (0.0, 100.0), Scale::Ladder, "");
        assert_eq!(walk(&zero, 0.0, true, 4), ["1", "2", "5", "10"]);
        assert_eq!(zero.step(1.0, false), 0.0);
        let rate = ParamSpec::num("p", "p", 0.01, (0.000_001, 0.5), Scale::Ladder, "");
        assert_eq!(walk(&rate, 0.01, false, 3), ["0.005", "0.002", "0.001"]);
        assert_eq!(walk(&rate, 0.2, true, 2), ["0.5", "0.5"]);
    }

    #[test]
    fn linear_steps_stay_clean() {
        let p = ParamSpec::num("w", "w", 0.1, (0.1, 10.0), Scale::Linear(0.1), "");
        let shown = walk(&p, 0.1, true, 30);
        assert!(shown.iter().all(|s| s.len() <= 3), "{shown:?}");
        assert_eq!(shown[1], "0.3");
        let n = ParamSpec::num("n", "n", 3.0, (1.0, 100.0), Scale::Linear(1.0), "");
        assert_eq!(n.step(1.0, false), 1.0);
        assert_eq!(n.step(100.0, true), 100.0);
    }

    #[test]
    fn typed_values_are_read_and_checked() {
        let p = ParamSpec::num("trials", "t", 1e5, (1_000.0, 1e7), Scale::Count, "");
        assert_eq!(p.parse("10k"), Ok(10_000.0));
        assert_eq!(p.parse(" 2,500,000 "), Ok(2_500_000.0));
        assert_eq!(p.parse("1e6"), Ok(1e6));
        assert_eq!(
            p.parse("20M").map_err(|e| e.to_string()),
            Err("--trials must be a whole number between 1,000 and 10,000,000 (found 20M)".into())
        );
        assert_eq!(
            p.parse("1500.5").map_err(|e| e.to_string()),
            Err(
                "--trials must be a whole number between 1,000 and 10,000,000 (found 1500.5)"
                    .into()
            )
        );
        assert_eq!(
            p.parse("lots").map_err(|e| e.to_string()),
            Err("--trials must be a number (found \"lots\")".into())
        );
        assert!(p.parse("NaN").is_err() && p.parse("inf").is_err());
        let a = ParamSpec::num("a", "a", 99.9, (50.0, 99.99999), Scale::Nines, "");
        assert_eq!(a.parse("99.95%"), Ok(99.95));
        let c = ParamSpec::choice("profile", "p", &["lnkd-ssd", "wan"], "");
        assert_eq!(c.parse("WAN"), Ok(1.0));
        assert_eq!(
            c.parse("floppy").map_err(|e| e.to_string()),
            Err("--profile must be one of lnkd-ssd, wan (found \"floppy\")".into())
        );
    }

    #[test]
    fn numbers_are_shown_as_people_write_them() {
        assert_eq!(number(1_234_567.0), "1,234,567");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(0.000_001), "0.000001");
        assert_eq!(number(99.95), "99.95");
        assert_eq!(number(-1_000.0), "-1,000");
    }
}
