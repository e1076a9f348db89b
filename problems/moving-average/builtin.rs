//! Moving Average of a Stream: the reference's binding and the large cases.

use crate::support::*;

class!(MovingAverage {
    new(size: i64);
    next(val: i64) -> f64;
});

fn calls(size: i64, vals: Vec<i64>) -> Input {
    let mut calls = vec![Call {
        method: "MovingAverage".into(),
        args: vec![Value::Int(size)],
    }];
    calls.extend(vals.into_iter().map(|v| Call {
        method: "next".into(),
        args: vec![Value::Int(v)],
    }));
    Input::Calls(calls)
}

/// 60,000 readings through windows of 50,000 and 30,000, where adding up the window again on
/// every call is billions of additions; the readings are at the bounds, so the running sum needs
/// 64 bits.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 60_000;
    let full = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let extremes: Vec<i64> = (0..n)
        .map(|_| {
            if rng.u8(..10) < 9 {
                1_000_000_000
            } else {
                -1_000_000_000
            }
        })
        .collect();
    vec![calls(50_000, full), calls(30_000, extremes)]
}
