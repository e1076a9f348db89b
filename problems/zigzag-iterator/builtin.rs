//! Fair Share Job Dispatcher: the reference's binding and the large cases.

use crate::support::*;

class!(RoundRobin {
    new(queues: Vec<Vec<i64>>);
    next() -> i64;
    has_next() -> bool;
});

/// Drains `queues` completely, asking `has_next` before every `next` and once at the end.
fn drain(queues: Vec<Vec<i64>>) -> Input {
    let total: usize = queues.iter().map(Vec::len).sum();
    let mut calls = vec![Call {
        method: "RoundRobin".into(),
        args: vec![queues.into_value()],
    }];
    for _ in 0..total {
        for method in ["has_next", "next"] {
            calls.push(Call {
                method: method.into(),
                args: vec![],
            });
        }
    }
    calls.push(Call {
        method: "has_next".into(),
        args: vec![],
    });
    Input::Calls(calls)
}

/// 30,000 queues of one job and one of 60,000 jobs: after the first round, stepping past the
/// empty queues one by one costs 30,000 steps per job. Then 2,000 queues of random lengths (some
/// empty) holding 100,000 jobs in all.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut lopsided: Vec<Vec<i64>> = (0..30_000)
        .map(|_| ints(rng, 1, -1_000_000_000, 1_000_000_000))
        .collect();
    lopsided.insert(
        rng.usize(..30_000),
        ints(rng, 60_000, -1_000_000_000, 1_000_000_000),
    );
    let mut mixed = Vec::new();
    let mut left = 100_000;
    for i in 0..2_000 {
        let len = if i == 1_999 {
            left
        } else {
            rng.usize(..=100).min(left)
        };
        left -= len;
        mixed.push(ints(rng, len, -1_000_000_000, 1_000_000_000));
    }
    vec![drain(lopsided), drain(mixed)]
}
