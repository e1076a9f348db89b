//! Checkpointed Score Board: the reference's binding and the large cases.

use crate::support::*;

class!(SnapshotArray {
    new(length: i64);
    set(index: i64, value: i64);
    snap() -> i64;
    get(index: i64, snap_id: i64) -> i64;
});

fn call(method: &str, args: &[i64]) -> Call {
    Call {
        method: method.into(),
        args: args.iter().map(|&a| Value::Int(a)).collect(),
    }
}

/// 60,000 rounds of one set at a random slot of 100,000 and a snap, then 60,000 lookups at
/// random slots and snapshots: most slots were never set, so walking back through the
/// snapshots for each costs 30,000 steps on average. Then one slot set and snapped 60,000
/// times, read at 60,000 random snapshots, with a few other slots set many times per snapshot.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let len = 100_000;
    let rounds = 60_000;
    let value = |rng: &mut Rng| rng.i64(-1_000_000_000..=1_000_000_000);
    let mut sparse = vec![call("SnapshotArray", &[len])];
    for _ in 0..rounds {
        let v = value(rng);
        sparse.push(call("set", &[rng.i64(0..len), v]));
        sparse.push(call("snap", &[]));
    }
    for _ in 0..rounds {
        sparse.push(call("get", &[rng.i64(0..len), rng.i64(0..rounds)]));
    }

    let mut hot = vec![call("SnapshotArray", &[len])];
    for _ in 0..rounds {
        for _ in 0..3 {
            let v = value(rng);
            hot.push(call("set", &[rng.i64(0..4), v]));
        }
        let v = value(rng);
        hot.push(call("set", &[7, v]));
        hot.push(call("snap", &[]));
    }
    for _ in 0..rounds {
        let index = if rng.bool() { 7 } else { rng.i64(0..10) };
        hot.push(call("get", &[index, rng.i64(0..rounds)]));
    }
    vec![Input::Calls(sparse), Input::Calls(hot)]
}
