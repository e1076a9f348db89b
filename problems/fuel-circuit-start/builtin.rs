//! Where the Delivery Drone Should Take Off: the reference's binding and the large cases.

use crate::support::*;

function!(circuit_start(charge: Vec<i64>, drain: Vec<i64>) -> i64);

/// 100,000 stops. Every stop breaks even except the second-to-last, which loses one unit, and
/// the last, which gains one: a start anywhere before the end flies almost to the end before its
/// battery runs out, so trying every start costs five billion steps, and only the last stop
/// works. Then random stops whose total is exactly zero, and random ones whose total is one
/// unit short.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let charge = vec![5_000_i64; n];
    let mut drain = vec![5_000_i64; n];
    drain[n - 2] = 5_001;
    drain[n - 1] = 4_999;
    let even_charge = ints(rng, n, 0, 10_000);
    let mut even_drain = even_charge.clone();
    rng.shuffle(&mut even_drain);
    let lossy_charge = ints(rng, n, 0, 9_999);
    let mut lossy_drain = lossy_charge.clone();
    rng.shuffle(&mut lossy_drain);
    lossy_drain[rng.usize(..n)] += 1;
    vec![
        args![charge, drain],
        args![even_charge, even_drain],
        args![lossy_charge, lossy_drain],
    ]
}
