//! Smallest Covering Window: the reference's binding and the large cases.

use crate::support::*;

function!(min_window_cover(s: String, t: String) -> String);

const LOWER: &str = "abcdefghijklmnopqrstuvwxy";
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// 100,000 characters each, where growing a window from every start until it covers is billions
/// of steps: the only `Z` is the last character, so every start scans to the end; a random text
/// and 3,000 required characters, so every covering window is thousands long; and `t` as long as
/// `s` with one character `s` lacks, so no window exists.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let last = string(rng, n - 1, LOWER) + "Z";

    let random = string(rng, n, LETTERS);
    let required = string(rng, 3_000, LETTERS);

    let none = string(rng, n, LOWER);
    let mut chars: Vec<char> = none.chars().collect();
    rng.shuffle(&mut chars);
    chars[0] = 'Q';
    let lacking: String = chars.into_iter().collect();
    vec![
        args![last, "qZ".to_owned()],
        args![random, required],
        args![none, lacking],
    ]
}
