//! Every Seating Order: the reference's binding and the large cases.

use crate::support::*;

function!(seating_orders(guests: Vec<i64>) -> Vec<Vec<i64>>);

/// Eight guests, the most allowed: 40,320 orderings, while the sequences with repeats number
/// 16.7 million; with extreme identifiers, then with small ones.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let wide = distinct_ints(rng, 8, -1_000_000_000, 1_000_000_000);
    let small = distinct_ints(rng, 8, -20, 20);
    vec![args![wide], args![small]]
}
