//! Frequency-Evicting Thumbnail Cache: the reference's binding and the large cases.

use crate::support::*;

class!(LfuCache {
    new(capacity: i64);
    get(key: i64) -> i64;
    put(key: i64, value: i64);
});

/// `n` calls, half gets and half puts, on keys drawn from `0..keys`; a third of the keys are
/// drawn from a small hot set so the use counts spread out.
fn calls(rng: &mut Rng, capacity: i64, n: usize, keys: i64) -> Input {
    let mut calls = vec![Call {
        method: "LfuCache".into(),
        args: vec![Value::Int(capacity)],
    }];
    let hot = (keys / 20).max(1);
    for _ in 0..n {
        let key = if rng.u8(..3) == 0 {
            rng.i64(0..hot)
        } else {
            rng.i64(0..keys)
        };
        let key = Value::Int(key);
        calls.push(if rng.bool() {
            Call {
                method: "get".into(),
                args: vec![key],
            }
        } else {
            Call {
                method: "put".into(),
                args: vec![key, Value::Int(rng.i64(-1_000_000_000..=1_000_000_000))],
            }
        });
    }
    Input::Calls(calls)
}

/// 100,000 calls against a cache of 20,000 entries with keys from 0..60,000, so most puts of a
/// new key evict: scanning the entries for the victim costs 20,000 steps each time. Then a cache
/// of one entry, and one of 50,000 entries on keys that all fit.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![
        calls(rng, 20_000, 99_999, 60_000),
        calls(rng, 1, 99_999, 4),
        calls(rng, 50_000, 99_999, 50_000),
    ]
}
