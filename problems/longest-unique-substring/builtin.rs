//! Longest Run Without a Repeated Key: the reference's binding and the large cases.

use crate::support::*;

/// The 95 printable ASCII characters.
fn printable() -> Vec<char> {
    (32u8..=126).map(char::from).collect()
}

function!(longest_distinct_run(s: String) -> i64);

/// Three million key presses where fresh runs are nearly as long as the alphabet allows, so
/// restarting the scan at every position takes close to 95 steps each time: the printable
/// characters in order over and over, and a random order of them repeated with 100 random
/// presses changed.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 3_000_000;
    let mut alphabet = printable();
    let cyclic: String = alphabet.iter().cycle().take(n).collect();
    rng.shuffle(&mut alphabet);
    let mut keys: Vec<char> = alphabet.iter().cycle().take(n).copied().collect();
    for _ in 0..100 {
        let at = rng.usize(..n);
        keys[at] = alphabet[rng.usize(..alphabet.len())];
    }
    vec![args![cyclic], args![keys.into_iter().collect::<String>()]]
}
