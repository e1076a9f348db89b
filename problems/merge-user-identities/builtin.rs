//! Merge User Identities: the reference's binding and the large cases.

use crate::support::*;

function!(merge_identities(records: Vec<Vec<String>>) -> Vec<Vec<String>>);

/// An address for number `i`.
fn addr(i: usize) -> String {
    format!("user{i}@mail{}.example.com", i % 7)
}

/// 100,000 records in shuffled order, each sharing one address with the next in a hidden chain,
/// so all of them are one customer: merging groups pair by pair compares billions of pairs. Then
/// 90,000 records of 1 to 3 addresses drawn from 150,000, which merge into groups of every size,
/// and 100,000 records that share nothing.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let mut ids: Vec<usize> = (0..=n).collect();
    rng.shuffle(&mut ids);
    let mut chain: Vec<Vec<String>> = ids
        .windows(2)
        .map(|w| vec![addr(w[0]), addr(w[1])])
        .collect();
    rng.shuffle(&mut chain);
    let random: Vec<Vec<String>> = (0..90_000)
        .map(|_| {
            let k = rng.usize(1..=3);
            (0..k).map(|_| addr(rng.usize(..150_000))).collect()
        })
        .collect();
    let mut apart: Vec<Vec<String>> = (0..n).map(|i| vec![addr(i)]).collect();
    rng.shuffle(&mut apart);
    vec![args![chain], args![random], args![apart]]
}
