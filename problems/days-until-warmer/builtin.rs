//! Wait for a Warmer Day: the reference's binding and the large cases.

use crate::support::*;

function!(days_until_warmer(temps: Vec<i64>) -> Vec<i64>);

/// 200,000 days. Scanning ahead from every day until a warmer one is quadratic when warmer days
/// are far away: the same temperature every day, and a slow cooling from 99 to -100 with the only
/// warmer day at the very end. Then random temperatures.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n: i64 = 200_000;
    let flat = vec![rng.i64(-100..=100); 200_000];
    let mut cooling: Vec<i64> = (0..n - 1).map(|i| 99 - i * 200 / (n - 1)).collect();
    cooling.push(100);
    vec![
        args![flat],
        args![cooling],
        args![ints(rng, 200_000, -100, 100)],
    ]
}
