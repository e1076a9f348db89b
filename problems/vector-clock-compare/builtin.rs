//! Vector Clocks: Compare and Merge: the reference's binding and the large cases.

use crate::support::*;

class!(VectorClock {
    new(node: i64);
    tick();
    merge(other: Vec<Vec<i64>>);
    compare(other: Vec<Vec<i64>>) -> String;
    entries() -> Vec<Vec<i64>>;
});

fn call(method: &str, args: Vec<Value>) -> Call {
    Call {
        method: method.into(),
        args,
    }
}

/// A replica that merges a clock of 80,000 nodes, then compares itself with clocks of that
/// size (a list searched for each entry does about 3 * 10^9 steps on the first merge alone),
/// and lists its entries.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 80_000;
    let nodes = distinct_ints(rng, n, 1, 999_999);
    let clock: Vec<Vec<i64>> = nodes.iter().map(|&x| vec![x, rng.i64(0..=99)]).collect();
    // Ahead of the merged clock on every seventh node, but without the replica's own tick.
    let mut ahead = clock.clone();
    for pair in ahead.iter_mut().step_by(7) {
        pair[1] += 1;
    }
    // The same and past the replica's own ticks: the replica is before it.
    let mut later = ahead.clone();
    later.push(vec![0, 5]);
    let calls = vec![
        call("VectorClock", vec![Value::Int(0)]),
        call("merge", vec![clock.into_value()]),
        call("compare", vec![ahead.into_value()]),
        call("tick", vec![]),
        call("compare", vec![later.into_value()]),
        call("entries", vec![]),
    ];
    vec![Input::Calls(calls)]
}
