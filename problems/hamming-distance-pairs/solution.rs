pub fn pairwise_bit_differences(masks: Vec<i64>) -> i64 {
    // Each bit position contributes (masks with the bit set) * (masks without it).
    let n = masks.len() as i64;
    (0..31)
        .map(|bit| {
            let ones = masks.iter().filter(|&&m| m >> bit & 1 == 1).count() as i64;
            ones * (n - ones)
        })
        .sum()
}
