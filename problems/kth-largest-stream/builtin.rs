//! K-th Highest Score in a Stream: the reference's binding and the large cases.

use crate::support::*;

class!(KthLargest {
    new(k: i64, nums: Vec<i64>);
    add(val: i64) -> i64;
});

fn calls(k: i64, nums: Vec<i64>, adds: Vec<i64>) -> Input {
    let mut calls = vec![Call {
        method: "KthLargest".into(),
        args: vec![Value::Int(k), nums.into_value()],
    }];
    calls.extend(adds.into_iter().map(|v| Call {
        method: "add".into(),
        args: vec![Value::Int(v)],
    }));
    Input::Calls(calls)
}

/// 100,000 values then 100,000 adds with `k` = 50,000 (sorting everything on each add is
/// 10^5 sorts of 10^5 values), and a rising stream with `k` = 1 where every add changes the
/// answer.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let nums = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let adds = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let rising: Vec<i64> = (0..n as i64).map(|i| i * 10_000 - 999_999_999).collect();
    vec![calls(50_000, nums, adds), calls(1, Vec::new(), rising)]
}
