//! Fewest Edits Between Two Words: the reference's binding and the large cases.

use crate::support::*;

function!(edit_distance(source: String, target: String) -> i64);

/// A copy of `word` with `edits` random edits (replace, insert or delete).
fn mutate(rng: &mut Rng, word: &str, edits: usize) -> String {
    let mut bytes: Vec<u8> = word.bytes().collect();
    for _ in 0..edits {
        let letter = b'a' + rng.u8(..4);
        match rng.u8(..3) {
            0 if !bytes.is_empty() => {
                let at = rng.usize(..bytes.len());
                bytes[at] = letter;
            }
            1 if !bytes.is_empty() => {
                bytes.remove(rng.usize(..bytes.len()));
            }
            _ => bytes.insert(rng.usize(..=bytes.len()), letter),
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// Strings of 1,000 letters, where trying the edits at every mismatch branches three ways
/// hundreds of times: two random words, and a four-letter sequence against a copy with 150
/// random edits (the answer is at most 150, so the mismatches are spread out).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let alphabet = "abcdefghijklmnopqrstuvwxyz";
    let a = string(rng, 1000, alphabet);
    let b = string(rng, 1000, alphabet);
    let dna = string(rng, 1000, "abcd");
    let mut copy = mutate(rng, &dna, 150);
    copy.truncate(1000);
    vec![args![a, b], args![dna, copy]]
}
