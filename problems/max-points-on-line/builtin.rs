//! Most Points on One Line: the reference's binding and the large cases.

use crate::support::*;

function!(max_points_on_line(points: Vec<Vec<i64>>) -> i64);

fn point(x: i64, y: i64) -> Vec<i64> {
    vec![x, y]
}

/// 1,000 points each, where testing every point against the line through every pair is half a
/// billion checks: random points across the whole range (no three in a line, most likely); 300
/// points on one steep line among random ones, shuffled; and points drawn from a 12 x 12 lattice
/// spread over the range, with many duplicates and many lines.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 1_000;
    let b = 1_000_000_000;
    let random: Vec<Vec<i64>> = (0..n)
        .map(|_| point(rng.i64(-b..=b), rng.i64(-b..=b)))
        .collect();

    // The line through (x0, y0) with direction (7, 6_000_001): 300 points fit in the range.
    let (x0, y0) = (rng.i64(-1000..1000), -900_000_000);
    let mut line: Vec<Vec<i64>> = (0..300)
        .map(|k| point(x0 + 7 * k, y0 + 6_000_001 * k))
        .collect();
    line.extend((0..n - 300).map(|_| point(rng.i64(-b..=b), rng.i64(-b..=b))));
    rng.shuffle(&mut line);

    let step = 150_000_000;
    let lattice: Vec<Vec<i64>> = (0..n)
        .map(|_| point(step * rng.i64(-6..6), step * rng.i64(-6..6)))
        .collect();
    vec![args![random], args![line], args![lattice]]
}
