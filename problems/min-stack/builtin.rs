//! Stack That Knows Its Minimum: the reference's binding and the large cases.

use crate::support::*;

class!(MinStack {
    new();
    push(value: i64);
    pop();
    top() -> i64;
    get_min() -> i64;
});

fn call(method: &str, args: Vec<Value>) -> Call {
    Call {
        method: method.into(),
        args,
    }
}

/// 60,000 random pushes, then 60,000 queries, nine in ten for the minimum: scanning the stack
/// for each looks at over 3 * 10^9 values. Then 80,000 falling pushes (each a new minimum) and
/// 40,000 pops that uncover the older minima one by one, each followed by a query.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut queries = vec![call("MinStack", vec![])];
    for v in ints(rng, 60_000, -1_000_000_000, 1_000_000_000) {
        queries.push(call("push", vec![Value::Int(v)]));
    }
    for i in 0..60_000 {
        queries.push(call(if i % 10 == 0 { "top" } else { "get_min" }, vec![]));
    }
    let mut falling = vec![call("MinStack", vec![])];
    let mut v = 1_000_000_000;
    for _ in 0..80_000 {
        v -= rng.i64(0..=24_000);
        falling.push(call("push", vec![Value::Int(v)]));
    }
    for _ in 0..40_000 {
        falling.push(call("pop", vec![]));
        falling.push(call("get_min", vec![]));
    }
    vec![Input::Calls(queries), Input::Calls(falling)]
}
