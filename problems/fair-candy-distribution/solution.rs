pub fn min_tokens(scores: Vec<i64>) -> i64 {
    let n = scores.len();
    // Left pass: the rule towards the left neighbour alone.
    let mut left = vec![1_i64; n];
    for i in 1..n {
        if scores[i] > scores[i - 1] {
            left[i] = left[i - 1] + 1;
        }
    }
    // Right pass: the rule towards the right neighbour, combined with the left pass.
    let mut total = left[n - 1];
    let mut right = 1;
    for i in (0..n - 1).rev() {
        right = if scores[i] > scores[i + 1] {
            right + 1
        } else {
            1
        };
        total += left[i].max(right);
    }
    total
}
