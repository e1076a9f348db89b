//! Per-Client Sliding Window Limiter: the reference's binding and the large cases.

use crate::support::*;

function!(sliding_window_limiter(
    clients: Vec<String>,
    times: Vec<i64>,
    limit: i64,
    window: i64,
) -> Vec<bool>);

/// `n` requests from `k` clients (`c0`, `c1`, ...) with time gaps from `0..=2 * mean_gap`.
fn traffic(rng: &mut Rng, n: usize, k: usize, mean_gap: i64) -> (Vec<String>, Vec<i64>) {
    let mut t = 0;
    (0..n)
        .map(|_| {
            t += rng.i64(0..=2 * mean_gap);
            (format!("c{}", rng.usize(..k)), t)
        })
        .unzip()
}

/// 200,000 requests from two clients with a limit of 50,000 in a window of 150,000 units, where
/// recounting every admitted request for each new one is billions of steps; then 200,000 requests
/// from 5,000 clients, each allowed 3 requests in 10,000 units.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let (few, few_times) = traffic(rng, 200_000, 2, 1);
    let (many, many_times) = traffic(rng, 200_000, 5_000, 2);
    vec![
        args![few, few_times, 50_000_i64, 150_000_i64],
        args![many, many_times, 3_i64, 10_000_i64],
    ]
}
