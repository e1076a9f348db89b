//! Smallest Number After Deleting Digits: the reference's binding and the large cases.

use crate::support::*;

function!(smallest_after_removal(num: String, k: i64) -> String);

/// Numbers of 200,000 digits. Deleting one digit per pass scans up to the first descent every
/// time: in non-decreasing digits with half of them to delete that is the whole number, in digits
/// that rise then fall it is the middle, and in 60,000 rising digits followed by 60,000 zeros it
/// is the end of the rising run, which must go entirely and leave the zeros leading.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let sorted = |rng: &mut Rng, len: usize| {
        let mut digits: Vec<u8> = (0..len).map(|_| rng.u8(b'1'..=b'9')).collect();
        digits.sort_unstable();
        digits
    };
    let rising = sorted(rng, n);
    let mut peak = sorted(rng, n / 2);
    let mut fall = peak.clone();
    fall.reverse();
    peak.extend(fall);
    let mut zeros = sorted(rng, 60_000);
    zeros.resize(120_000, b'0');
    zeros.extend(string(rng, n - 120_000, "0123456789").into_bytes());
    let text = |digits: Vec<u8>| String::from_utf8(digits).unwrap_or_default();
    vec![
        args![text(rising), 100_000_i64],
        args![text(peak), 100_000_i64],
        args![text(zeros), 60_500_i64],
    ]
}
