//! Price Streak Span: the reference's binding and the large cases.

use crate::support::*;

class!(SpanTracker {
    new();
    record(price: i64) -> i64;
});

fn calls(prices: impl IntoIterator<Item = i64>) -> Input {
    let mut calls = vec![Call {
        method: "SpanTracker".into(),
        args: vec![],
    }];
    calls.extend(prices.into_iter().map(|p| Call {
        method: "record".into(),
        args: vec![Value::Int(p)],
    }));
    Input::Calls(calls)
}

/// 120,000 days each. Walking back through every earlier price is quadratic when the streaks
/// are long: prices that never fall (each day's streak reaches back to the first), the same
/// price every day, and a long fall followed by a climb whose days reach back through the whole
/// climb and into the fall.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 120_000;
    let mut price = 1;
    let mut rising = Vec::with_capacity(n);
    for _ in 0..n {
        price += rng.i64(0..=8_000);
        rising.push(price);
    }
    let flat = vec![1_000_000_000; n];
    let mut valley = Vec::with_capacity(n);
    let mut price = 1_000_000_000;
    for _ in 0..n / 2 {
        price -= rng.i64(1..=8_000);
        valley.push(price);
    }
    for _ in n / 2..n {
        price += rng.i64(0..=8_000);
        valley.push(price);
    }
    vec![calls(rising), calls(flat), calls(valley)]
}
