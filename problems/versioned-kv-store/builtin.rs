//! Point-in-Time Settings Store: the reference's binding and the large cases.

use crate::support::*;

class!(VersionedStore {
    new();
    set(key: String, value: String, t: i64);
    get(key: String, t: i64) -> String;
});

fn call(method: &str, args: Vec<Value>) -> Call {
    Call {
        method: method.into(),
        args,
    }
}

fn set(key: &str, value: String, t: i64) -> Call {
    call(
        "set",
        vec![Value::Str(key.into()), Value::Str(value), Value::Int(t)],
    )
}

fn get(key: &str, t: i64) -> Call {
    call("get", vec![Value::Str(key.into()), Value::Int(t)])
}

const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// One setting changed 60,000 times, then 60,000 lookups at random times: scanning the versions
/// for each reads 3.6 * 10^9 of them. Then 150,000 calls mixing sets and gets over 500 keys,
/// lookups falling before, between, on and after the versions.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut hot = vec![call("VersionedStore", vec![])];
    let mut t = 0;
    for _ in 0..60_000 {
        t += rng.i64(1..=16_000);
        hot.push(set("db.pool", string(rng, 8, LETTERS), t));
    }
    for _ in 0..60_000 {
        hot.push(get("db.pool", rng.i64(0..=1_000_000_000)));
    }

    let keys: Vec<String> = (0..500)
        .map(|i| format!("{}.{i}", string(rng, 5, LETTERS)))
        .collect();
    let mut last = vec![0i64; keys.len()];
    let mut mixed = vec![call("VersionedStore", vec![])];
    for _ in 0..150_000 {
        let k = rng.usize(..keys.len());
        if rng.bool() && last[k] < 997_000_000 {
            last[k] += rng.i64(1..=3_000_000);
            mixed.push(set(&keys[k], string(rng, 6, LETTERS), last[k]));
        } else {
            mixed.push(get(&keys[k], rng.i64(0..=1_000_000_000)));
        }
    }
    vec![Input::Calls(hot), Input::Calls(mixed)]
}
