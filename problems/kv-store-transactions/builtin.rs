//! Nested Transactions for a Config Store: the reference's binding and the large cases.

use crate::support::*;

class!(TxnStore {
    new();
    set(key: String, value: i64);
    get(key: String) -> i64;
    unset(key: String);
    begin();
    commit() -> bool;
    rollback() -> bool;
});

fn call(method: &str, args: Vec<Value>) -> Call {
    Call {
        method: method.into(),
        args,
    }
}

fn key(i: usize) -> Value {
    Value::Str(format!("k{i}"))
}

/// 100,000 keys loaded outside any transaction, then 33,000 short transactions that each write
/// one key and roll back, where copying the store at every `begin` moves 3 * 10^9 entries; then
/// 200,000 random calls over 1,000 keys with transactions nested up to about 50 deep.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let mut loaded = vec![call("TxnStore", vec![])];
    for i in 0..n {
        loaded.push(call(
            "set",
            vec![key(i), Value::Int(rng.i64(0..=1_000_000_000))],
        ));
    }
    for _ in 0..33_000 {
        loaded.push(call("begin", vec![]));
        let k = key(rng.usize(..n));
        loaded.push(call("set", vec![k, Value::Int(rng.i64(0..=1_000_000_000))]));
        loaded.push(call("rollback", vec![]));
    }
    let mut mixed = vec![call("TxnStore", vec![])];
    let mut depth = 0_usize;
    for _ in 0..200_000 {
        let k = key(rng.usize(..1_000));
        let c = match rng.u32(0..100) {
            0..=9 if depth < 50 => {
                depth += 1;
                call("begin", vec![])
            }
            0..=14 => {
                depth = depth.saturating_sub(1);
                call("commit", vec![])
            }
            15..=19 => {
                depth = depth.saturating_sub(1);
                call("rollback", vec![])
            }
            20..=54 => call("set", vec![k, Value::Int(rng.i64(0..=1_000_000_000))]),
            55..=64 => call("unset", vec![k]),
            _ => call("get", vec![k]),
        };
        mixed.push(c);
    }
    vec![Input::Calls(loaded), Input::Calls(mixed)]
}
