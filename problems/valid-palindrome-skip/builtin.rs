//! Mirror Check on Noisy Text: the reference's binding and the large cases.

use crate::support::*;

/// Letters, digits and some noise, so that both pointers skip and compare.
const MIXED: &str = "abcxyzABCXYZ0189 ,.;!?'-";

/// Mirrors `half` with every letter's case flipped, with `middle` between the halves.
fn mirrored(half: &str, middle: &str) -> String {
    let back: String = half
        .chars()
        .rev()
        .map(|c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    format!("{half}{middle}{back}")
}

function!(is_mirror_text(s: String) -> bool);

/// Two million characters, where peeling the ends off by slicing copies the text a million
/// times or more: a palindrome with mixed case and noise, the same with one mismatch in the very
/// middle, and a palindrome that is mostly noise.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 2_000_000;
    let half = string(rng, n / 2, MIXED);
    let yes = mirrored(&half, "");
    let no = mirrored(&half[..n / 2 - 1], "ab");
    let noisy_half = string(rng, n / 2, "  ,,..--!!??a");
    let noisy = mirrored(&noisy_half, "");
    vec![args![yes], args![no], args![noisy]]
}
