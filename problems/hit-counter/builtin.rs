//! Page Views in the Last Five Minutes: the reference's binding and the large cases.

use crate::support::*;

class!(HitCounter {
    new();
    hit(timestamp: i64);
    get_hits(timestamp: i64) -> i64;
});

/// 200,000 calls, one in twenty a query, with about 150 views per second, so that every window
/// holds some 40,000 views: counting through the kept views on each query reads about a
/// billion of them.
fn busy(rng: &mut Rng, start: i64) -> Input {
    let mut calls = vec![Call {
        method: "HitCounter".into(),
        args: vec![],
    }];
    let mut t = start;
    for _ in 0..199_999 {
        if rng.u16(0..300) == 0 {
            t = (t + rng.i64(1..=3)).min(2_000_000_000);
        }
        let method = if rng.u8(0..20) == 0 {
            "get_hits"
        } else {
            "hit"
        };
        calls.push(Call {
            method: method.into(),
            args: vec![Value::Int(t)],
        });
    }
    Input::Calls(calls)
}

/// Busy counters (see [`busy`]) over about 1,300 seconds: from second 1, and up to the largest
/// timestamp.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![busy(rng, 1), busy(rng, 2_000_000_000 - 1_400)]
}
