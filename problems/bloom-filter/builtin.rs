//! Bloom Filter With Double Hashing: the reference's binding and the large cases.

use crate::support::*;

class!(BloomFilter {
    new(m: i64, k: i64);
    add(key: String);
    might_contain(key: String) -> bool;
});

const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz0123456789";

/// 100,000 calls on a filter of 10^6 bits and 7 hashes: adds, then queries mixing added keys
/// and new ones, so a filter that recomputes the bits of every added key on each query does
/// about 10^10 steps. Then 40,000 calls on a small, crowded filter where most answers are false positives.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut out = Vec::new();
    for (m, k, adds, total) in [(1_000_000, 7, 50_000, 100_000), (2_000, 3, 10_000, 40_000)] {
        let mut calls = vec![Call {
            method: "BloomFilter".into(),
            args: vec![Value::Int(m), Value::Int(k)],
        }];
        let mut keys = Vec::new();
        for _ in 0..adds {
            let len = rng.usize(1..=16);
            let key = string(rng, len, ALPHABET);
            keys.push(key.clone());
            calls.push(Call {
                method: "add".into(),
                args: vec![Value::Str(key)],
            });
        }
        while calls.len() <= total {
            let key = if rng.bool() {
                keys[rng.usize(..keys.len())].clone()
            } else {
                let len = rng.usize(1..=16);
                string(rng, len, ALPHABET)
            };
            calls.push(Call {
                method: "might_contain".into(),
                args: vec![Value::Str(key)],
            });
        }
        out.push(Input::Calls(calls));
    }
    out
}
