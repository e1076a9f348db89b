//! Booking the Recording Studio: the reference's binding and the large cases.

use crate::support::*;

function!(max_booking_fees(bookings: Vec<Vec<i64>>) -> i64);

/// `n` bookings with random starts below `max_start`, lengths in `1..=max_len` and fees in
/// `1..=max_fee`.
fn random_bookings(
    rng: &mut Rng,
    n: usize,
    max_start: i64,
    max_len: i64,
    max_fee: i64,
) -> Vec<Vec<i64>> {
    (0..n)
        .map(|_| {
            let start = rng.i64(0..=max_start);
            vec![start, start + rng.i64(1..=max_len), rng.i64(1..=max_fee)]
        })
        .collect()
}

/// 100,000 bookings, where comparing every pair takes 5 * 10^9 steps. First long bookings (each
/// overlaps about half of the others, so even scanning back to the last compatible one is slow),
/// then 100,000 back-to-back hour slots at the greatest fee (all compatible: the answer,
/// 10^14, is beyond 32 bits), the same booking requested 100,000 times, and short random ones.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let back_to_back: Vec<Vec<i64>> = (0..n as i64)
        .rev()
        .map(|i| vec![i * 3_600, (i + 1) * 3_600, 1_000_000_000])
        .collect();
    vec![
        args![random_bookings(
            rng,
            n,
            500_000_000,
            500_000_000,
            1_000_000_000
        )],
        args![back_to_back],
        args![vec![vec![5_i64, 1_000_000_000, 7]; n]],
        args![random_bookings(rng, n, 999_990_000, 10_000, 1_000_000)],
    ]
}
