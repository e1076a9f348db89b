//! Balances at Any Version From an Event Log: the reference's binding and the large cases.

use crate::support::*;

function!(account_balances(events: Vec<String>, queries: Vec<String>) -> Vec<i64>);

/// `n` events over `k` accounts (`acct0`, ...; one in ten events opens one) and `q` queries
/// for random accounts at random versions.
fn stream(rng: &mut Rng, n: usize, k: usize, q: usize) -> Input {
    let name = |rng: &mut Rng| format!("acct{}", rng.usize(..k));
    let events: Vec<String> = (0..n)
        .map(|_| {
            let amount = rng.i64(1..=1_000_000_000);
            match rng.u32(0..10) {
                0 => format!("open {}", name(rng)),
                1..=3 => format!("deposit {} {amount}", name(rng)),
                4..=5 => format!("withdraw {} {}", name(rng), amount / 2),
                _ => format!("transfer {} {} {}", name(rng), name(rng), amount / 4),
            }
        })
        .collect();
    let queries: Vec<String> = (0..q)
        .map(|_| format!("{} {}", name(rng), rng.usize(..=n)))
        .collect();
    args![events, queries]
}

/// 200,000 events over 1,000 accounts and 200,000 queries, where replaying the log for each
/// query is 2 * 10^10 steps; then 200,000 events over 50,000 accounts with 100,000 queries.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![
        stream(rng, 200_000, 1_000, 200_000),
        stream(rng, 200_000, 50_000, 100_000),
    ]
}
