//! Products of All Others: the reference's binding and the large cases.

use crate::support::*;

function!(product_except_self(nums: Vec<i64>) -> Vec<i64>);

/// `n` values of 1 and -1 with factors up to 1000 in magnitude sprinkled in while the product of
/// all magnitudes stays within 9 * 10^15, so every answer is a large number.
fn values(rng: &mut Rng, n: usize) -> Vec<i64> {
    let mut nums: Vec<i64> = (0..n).map(|_| if rng.bool() { 1 } else { -1 }).collect();
    let mut product: i64 = 1;
    loop {
        let v = rng.i64(2..=1000);
        if product > 9_000_000_000_000_000 / v {
            break;
        }
        product *= v;
        nums[rng.usize(..n)] = if rng.bool() { v } else { -v };
    }
    nums
}

/// 200,000 values, where multiplying all the others for each position is 4 * 10^10
/// multiplications: without a zero, and with one zero in the middle (only its answer is not 0).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let plain = values(rng, n);
    let mut zero = values(rng, n);
    zero[n / 2 + 17] = 0;
    vec![args![plain], args![zero]]
}
