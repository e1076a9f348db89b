//! LRU Cache With Expiry: the reference's binding and the large cases.

use crate::support::*;

class!(TtlLruCache {
    new(capacity: i64);
    get(key: i64, now: i64) -> i64;
    put(key: i64, value: i64, ttl: i64, now: i64);
    size(now: i64) -> i64;
});

fn calls(rng: &mut Rng, capacity: i64, n: usize, keys: i64, max_ttl: i64) -> Input {
    let mut calls = vec![Call {
        method: "TtlLruCache".into(),
        args: vec![Value::Int(capacity)],
    }];
    let mut now = 0;
    for _ in 0..n {
        now += rng.i64(0..=2);
        let key = Value::Int(rng.i64(0..keys));
        let (method, args) = match rng.u8(0..10) {
            0..=4 => ("get", vec![key, Value::Int(now)]),
            5..=8 => (
                "put",
                vec![
                    key,
                    Value::Int(rng.i64(-1_000_000_000..=1_000_000_000)),
                    Value::Int(rng.i64(1..=max_ttl)),
                    Value::Int(now),
                ],
            ),
            _ => ("size", vec![Value::Int(now)]),
        };
        calls.push(Call {
            method: method.into(),
            args,
        });
    }
    Input::Calls(calls)
}

/// 100,000 calls on a cache of 50,000 entries whose entries live long enough to fill it (a
/// rescan of every entry on each call is about 5 * 10^9 steps), and on a cache of 1,000 entries
/// whose entries mostly expire before they are evicted.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![
        calls(rng, 50_000, 99_999, 100_000, 1_000_000),
        calls(rng, 1_000, 99_999, 5_000, 3_000),
    ]
}
