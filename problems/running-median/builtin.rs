//! Running Median: the reference's binding and the large cases.

use crate::support::*;

class!(RunningMedian {
    new();
    add_num(num: i64);
    find_median() -> f64;
});

fn calls(nums: &[i64], every: usize) -> Input {
    let mut calls = vec![Call {
        method: "RunningMedian".into(),
        args: vec![],
    }];
    for (i, &num) in nums.iter().enumerate() {
        calls.push(Call {
            method: "add_num".into(),
            args: vec![Value::Int(num)],
        });
        if i % every == 0 {
            calls.push(Call {
                method: "find_median".into(),
                args: vec![],
            });
        }
    }
    Input::Calls(calls)
}

/// 100,000 calls: random numbers over the whole range with a median after every one, and
/// ascending numbers with a median after every other one. Sorting all the numbers for each
/// median is quadratic: billions of steps.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let random = ints(rng, 50_000, -1_000_000_000, 1_000_000_000);
    let ascending: Vec<i64> = (0..66_666).map(|i| i * 15_000 - 499_995_000).collect();
    vec![calls(&random, 1), calls(&ascending, 2)]
}
