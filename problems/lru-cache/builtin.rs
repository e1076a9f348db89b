//! LRU Cache: the reference's binding and the large cases.

use crate::support::*;

class!(LruCache {
    new(capacity: i64);
    get(key: i64) -> i64;
    put(key: i64, value: i64);
});

fn calls(rng: &mut Rng, capacity: i64, n: usize, keys: i64) -> Input {
    let mut calls = vec![Call {
        method: "LruCache".into(),
        args: vec![Value::Int(capacity)],
    }];
    for _ in 0..n {
        let key = Value::Int(rng.i64(0..keys));
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

/// 100,000 calls against a cache of 20,000 entries (keys drawn so about half the gets hit),
/// and against a cache of one entry, where every put of a new key evicts.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![calls(rng, 20_000, 99_999, 40_000), calls(rng, 1, 99_999, 3)]
}
