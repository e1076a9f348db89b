//! Trending Items With Retractions: the reference's binding and the large cases.

use crate::support::*;

class!(TrendingTopK {
    new();
    add(item: String);
    remove(item: String);
    top_k(k: i64) -> Vec<String>;
});

fn call(method: &str, args: Vec<Value>) -> Call {
    Call {
        method: method.into(),
        args,
    }
}

/// `m` calls over `items` items (skewed: low numbers are drawn more often), a fraction
/// `queries` (in percent) of them `top_k` with `k` up to 10, and a quarter of the rest removals.
fn stream(rng: &mut Rng, m: usize, items: usize, queries: u32) -> Input {
    let mut calls = vec![call("TrendingTopK", vec![])];
    for _ in 0..m {
        let r = rng.u32(0..100);
        let item = rng.usize(..items).min(rng.usize(..items));
        let name = Value::Str(format!("tag{item}"));
        calls.push(if r < queries {
            call("top_k", vec![Value::Int(rng.i64(1..=10))])
        } else if r.is_multiple_of(4) {
            call("remove", vec![name])
        } else {
            call("add", vec![name])
        });
    }
    Input::Calls(calls)
}

/// 100,000 calls over 50,000 items, a third of them queries, where sorting every count for each
/// query is about 10^9 comparisons; then 100,000 calls over 1,000 items, half of them queries.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![
        stream(rng, 100_000, 50_000, 33),
        stream(rng, 100_000, 1_000, 50),
    ]
}
