//! Leaky Bucket Scheduler: the reference's binding and the large cases.

use crate::support::*;

function!(leaky_bucket(arrivals: Vec<i64>, capacity: i64, interval: i64) -> Vec<i64>);

/// Arrival times with gaps drawn from `0..=2 * mean_gap`, starting at `start`.
fn arrivals(rng: &mut Rng, n: usize, start: i64, mean_gap: i64) -> Vec<i64> {
    let mut t = start;
    (0..n)
        .map(|_| {
            t += rng.i64(0..=2 * mean_gap);
            t
        })
        .collect()
}

/// 200,000 requests, where counting the waiting requests anew for each arrival is billions of
/// steps: twice as many arrivals as the bucket can send, into a bucket of 100,000 (it fills, then
/// drops about every other request), and traffic that averages the sending rate, late in the day,
/// with a bucket of 50,000.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let burst = arrivals(rng, n, 0, 1);
    let steady = arrivals(rng, n, 500_000_000, 1_000);
    vec![
        args![burst, 100_000_i64, 2_i64],
        args![steady, 50_000_i64, 1_000_i64],
    ]
}
