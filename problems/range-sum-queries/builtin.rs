//! Range Sums on a Fixed Array: the reference's binding and the large cases.

use crate::support::*;

class!(RangeSum {
    new(nums: Vec<i64>);
    sum_range(left: i64, right: i64) -> i64;
});

fn calls(nums: Vec<i64>, ranges: Vec<(usize, usize)>) -> Input {
    let mut calls = vec![Call {
        method: "RangeSum".into(),
        args: vec![nums.into_value()],
    }];
    calls.extend(ranges.into_iter().map(|(l, r)| Call {
        method: "sum_range".into(),
        args: vec![Value::Int(l as i64), Value::Int(r as i64)],
    }));
    Input::Calls(calls)
}

/// 100,000 values and 50,000 queries, where adding up each range element by element is billions
/// of additions: ranges that nearly cover the array, and random ranges.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let q = 50_000;
    let wide_nums = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let wide: Vec<(usize, usize)> = (0..q)
        .map(|_| (rng.usize(..1000), rng.usize(n - 1000..n)))
        .collect();
    let random_nums = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let random: Vec<(usize, usize)> = (0..q)
        .map(|_| {
            let (a, b) = (rng.usize(..n), rng.usize(..n));
            (a.min(b), a.max(b))
        })
        .collect();
    vec![calls(wide_nums, wide), calls(random_nums, random)]
}
