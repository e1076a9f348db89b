//! Smallest Number After Deleting Digits: the reference's binding and the large cases.

use crate::support::*;

function!(smallest_after_removal(num: String, k: i64) -> String);

/// Numbers of 200,000 digits with half of them to delete. Deleting one digit per pass scans up
/// to the first descent every time: in non-decreasing digits that is the whole number, and in
/// digits that rise then fall it is the middle. Then random digits with a run of zeros that
/// becomes leading.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let mut rising: Vec<u8> = (0..n).map(|_| rng.u8(b'1'..=b'9')).collect();
    rising.sort_unstable();
    let mut peak: Vec<u8> = (0..n / 2).map(|_| rng.u8(b'1'..=b'9')).collect();
    peak.sort_unstable();
    let mut fall = peak.clone();
    fall.reverse();
    peak.extend(fall);
    let mut zeros = string(rng, n, "0123456789").into_bytes();
    zeros[0] = b'5';
    for d in &mut zeros[1_000..60_000] {
        *d = b'0';
    }
    let text = |digits: Vec<u8>| String::from_utf8(digits).unwrap_or_default();
    let half = i64::try_from(n / 2).unwrap_or(0);
    vec![
        args![text(rising), half],
        args![text(peak), half],
        args![text(zeros), 1_500_i64],
    ]
}
