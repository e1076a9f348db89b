//! Matching File Names Against a Mask: the reference's binding and the large cases.

use crate::support::*;

function!(mask_matches(text: String, mask: String) -> bool);

/// Texts and masks of the maximum length 1,000: one letter repeated against stars separated by
/// that letter and ending in a letter that never occurs (no match, but every way of sharing
/// the text among the stars is tried), a random two-letter text against a mask cut from it
/// with stars and `?`s (a match), and the same text against that mask with its last letter
/// changed (no match).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 1000;
    let same = "a".repeat(n);
    let mut stuck = "*a".repeat(60);
    stuck.push_str("*b");
    let text = string(rng, n, "ab");
    // Keep each letter, turn it into `?`, or drop a run of letters into one `*`; the last
    // letter is kept, so that changing it breaks the match.
    let mut mask = String::new();
    let mut i = 0;
    while i < n - 1 {
        match rng.u8(..10) {
            0 => {
                mask.push('*');
                i = (i + rng.usize(0..=20)).min(n - 1);
            }
            1 => {
                mask.push('?');
                i += 1;
            }
            _ => {
                mask.push(char::from(text.as_bytes()[i]));
                i += 1;
            }
        }
    }
    mask.push(char::from(text.as_bytes()[n - 1]));
    let mut broken = text.clone();
    broken.pop();
    broken.push(if text.ends_with('a') { 'b' } else { 'a' });
    vec![
        args![same, stuck],
        args![text.clone(), mask.clone()],
        args![broken, mask],
    ]
}
