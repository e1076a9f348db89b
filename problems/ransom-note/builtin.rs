//! Note From Magazine Letters: the reference's binding and the large cases.

use crate::support::*;

function!(can_build_note(note: String, magazine: String) -> bool);

/// A million-letter magazine each time. Searching the magazine's letters for each letter of the
/// note (and removing it) scans hundreds of thousands of letters per step when the letters the
/// note needs sit at the end: `z`s behind 900,000 `a`s; a magazine in reverse alphabetical
/// order with one `b` too few for the note; and a random magazine with spaces and a note cut from it.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 1_000_000;
    let behind = "a".repeat(900_000) + &"z".repeat(100_000);
    let zs = "z".repeat(100_000);

    let mut counts = [0usize; 26];
    for _ in 0..n {
        counts[rng.usize(..26)] += 1;
    }
    let reversed: String = (0..26u8)
        .rev()
        .map(|i| {
            char::from(b'a' + i)
                .to_string()
                .repeat(counts[usize::from(i)])
        })
        .collect();
    let short = "a".repeat(counts[0]) + &"b".repeat(counts[1] + 1);

    let random = string(rng, n, "abcdefghijklmnopqrstuvwxyz ");
    let mut picked: Vec<char> = random.chars().filter(|&c| c != ' ').collect();
    rng.shuffle(&mut picked);
    let note: String = picked[..200_000].iter().collect();
    vec![
        args![zs, behind],
        args![short, reversed],
        args![note, random],
    ]
}
