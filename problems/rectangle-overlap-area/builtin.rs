//! Two Drop Cloths on the Floor: the reference's binding and the large cases.

use crate::support::*;

function!(covered_area(a: Vec<i64>, b: Vec<i64>) -> i64);

/// The input is two rectangles, so "large" means the extreme coordinates: two cloths spanning
/// the whole range (each area 4 * 10^14, far past 32 bits), two huge cloths that overlap in a
/// random band, and two random ones.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let m = 10_000_000;
    let full = vec![-m, -m, m, m];
    let cut = rng.i64(-m + 1..m);
    let left = vec![-m, -m, cut, m];
    let right = vec![rng.i64(-m..cut), -m, m, m];
    let mut random = || {
        let (x1, x2) = sorted(rng.i64(-m..=m), rng.i64(-m..=m));
        let (y1, y2) = sorted(rng.i64(-m..=m), rng.i64(-m..=m));
        vec![x1, y1, x2, y2]
    };
    let (c, d) = (random(), random());
    vec![args![full.clone(), full], args![left, right], args![c, d]]
}

fn sorted(a: i64, b: i64) -> (i64, i64) {
    (a.min(b), a.max(b))
}
