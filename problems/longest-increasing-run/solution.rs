pub fn longest_rising_chain(scores: Vec<i64>) -> i64 {
    // tails[k] = the smallest last score of any rising chain of length k + 1 seen so far;
    // it is strictly increasing, so it can be binary searched.
    let mut tails: Vec<i64> = Vec::new();
    for x in scores {
        // The first tail >= x: x extends the chain before it and lowers (or adds) this one.
        let k = tails.partition_point(|&t| t < x);
        if k == tails.len() {
            tails.push(x);
        } else {
            tails[k] = x;
        }
    }
    tails.len() as i64
}
