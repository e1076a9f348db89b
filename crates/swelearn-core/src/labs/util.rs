//! Helpers the labs share: a 64-bit hash with good mixing, binomial coefficients, human units,
//! and the ticker through which long computations report progress and learn to stop.

use super::Error;

/// Passes a computation's progress to the caller, who answers whether to go on.
pub struct Ticker<'a> {
    progress: Option<&'a mut dyn FnMut(f64) -> bool>,
}

impl<'a> Ticker<'a> {
    pub fn new(progress: &'a mut dyn FnMut(f64) -> bool) -> Ticker<'a> {
        Ticker {
            progress: Some(progress),
        }
    }

    /// A ticker nobody listens to: the work always goes on.
    #[cfg(test)]
    pub fn none() -> Ticker<'static> {
        Ticker { progress: None }
    }

    /// `done` of `total` units are done; an error when the caller wants the work stopped.
    pub fn at(&mut self, done: usize, total: usize) -> Result<(), Error> {
        let go_on = match &mut self.progress {
            Some(f) => f(done as f64 / total.max(1) as f64),
            None => true,
        };
        if go_on { Ok(()) } else { Err(Error::Cancelled) }
    }
}

/// FNV-1a over the bytes, finished with the `SplitMix64` mixer (so nearby keys spread well).
pub fn hash64(bytes: &[u8], seed: u64) -> u64 {
    use crate::hash::{Fnv1a, OFFSET_BASIS};
    let basis = OFFSET_BASIS ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    mix(Fnv1a::with_basis(basis).write(bytes).finish())
}

/// The `SplitMix64` finaliser.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// C(n, k) as a float (exact for the sizes the labs use).
pub fn choose(n: u64, k: u64) -> f64 {
    if k > n {
        return 0.0;
    }
    let k = k.min(n - k);
    (0..k).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
}

/// A count with a unit prefix: 1.2 K, 3.4 M.
pub fn si(v: f64, unit: &str) -> String {
    let (scale, prefix) = [(1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "K")]
        .into_iter()
        .find(|(s, _)| v.abs() >= *s)
        .unwrap_or((1.0, ""));
    let x = v / scale;
    let digits = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else {
        2
    };
    format!("{x:.digits$} {prefix}{unit}")
}

/// A duration in seconds in the largest fitting unit.
pub fn duration(secs: f64) -> String {
    if secs >= 86_400.0 {
        format!("{:.2} days", secs / 86_400.0)
    } else if secs >= 3_600.0 {
        format!("{:.2} h", secs / 3_600.0)
    } else if secs >= 60.0 {
        format!("{:.1} min", secs / 60.0)
    } else if secs >= 1.0 {
        format!("{secs:.1} s")
    } else {
        format!("{:.0} ms", secs * 1000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(choose(5, 2), 10.0);
        assert_eq!(choose(3, 5), 0.0);
        assert_eq!(choose(15, 7), 6435.0);
        assert_eq!(si(11_574.0, "QPS"), "11.6 KQPS");
        assert_eq!(duration(31_536.0), "8.76 h");
        assert_ne!(hash64(b"a", 0), hash64(b"b", 0));
        // A lab's results for a seed stay the same from release to release.
        assert_eq!(hash64(b"key-1", 0), 0x3803_edeb_4f44_5d66);
        assert_eq!(hash64(b"node-3#7", 42), 0x271d_222e_f91e_54bc);
    }
}
