//! Cheapest Trip With Limited Stops: the reference's binding and the large cases.

use crate::support::*;

function!(cheapest_with_stops(n: i64, flights: Vec<Vec<i64>>, src: i64, dst: i64, k: i64) -> i64);

fn int(x: usize) -> i64 {
    i64::try_from(x).unwrap_or(i64::MAX)
}

/// 100 cities and 5,000 flights: a cheap chain through every city and expensive random flights
/// between the rest. `dst` is `skip` (unreachable when given) or the chain's end; trying every
/// sequence of flights is hopeless at about 50 choices per stop.
fn network(rng: &mut Rng, skip: Option<usize>) -> Vec<Vec<i64>> {
    let n = 100;
    let mut taken = std::collections::HashSet::new();
    let mut flights = Vec::with_capacity(5_000);
    for u in 0..n - 1 {
        taken.insert((u, u + 1));
        if skip != Some(u + 1) {
            flights.push(vec![int(u), int(u + 1), rng.i64(1..=1_000)]);
        }
    }
    while flights.len() < 5_000 {
        let u = rng.usize(..n);
        let v = rng.usize(..n);
        if u != v && skip != Some(v) && taken.insert((u, v)) {
            flights.push(vec![int(u), int(v), rng.i64(100_000_000..=1_000_000_000)]);
        }
    }
    rng.shuffle(&mut flights);
    flights
}

/// The chain's end with exactly enough stops for the chain, with 40 stops (mixing cheap and
/// expensive flights), and a city no flight reaches with the most stops allowed.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let open = network(rng, None);
    let closed = network(rng, Some(57));
    vec![
        args![100_i64, open.clone(), 0_i64, 99_i64, 98_i64],
        args![100_i64, open, 0_i64, 99_i64, 40_i64],
        args![100_i64, closed, 0_i64, 57_i64, 99_i64],
    ]
}
