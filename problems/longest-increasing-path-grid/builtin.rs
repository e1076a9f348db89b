//! Longest Always-Climbing Trail: the reference's binding and the large cases.

use crate::support::*;

function!(longest_climb(elevation: Vec<Vec<i64>>) -> i64);

/// 300 by 300 maps. Elevations rising along every row and down every column: trails from the
/// lowest corner fan out into astronomically many, so exploring them without memory never ends,
/// and the answer is 599. Then a snake whose single climb visits all 90,000 cells (a deep
/// recursion for a memoised search), a flat map (answer 1), and random elevations.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 300_i64;
    let ramp: Vec<Vec<i64>> = (0..n).map(|r| (0..n).map(|c| r + c).collect()).collect();
    // Row r climbs left to right when r is even, right to left when odd.
    let snake: Vec<Vec<i64>> = (0..n)
        .map(|r| {
            (0..n)
                .map(|c| r * n + if r % 2 == 0 { c } else { n - 1 - c })
                .collect()
        })
        .collect();
    let random: Vec<Vec<i64>> = (0..n as usize)
        .map(|_| ints(rng, n as usize, -1_000_000_000, 1_000_000_000))
        .collect();
    vec![
        args![ramp],
        args![snake],
        args![vec![vec![7_i64; 300]; 300]],
        args![random],
    ]
}
