pub fn combination_sums(mut coins: Vec<i64>, target: i64) -> Vec<Vec<i64>> {
    fn go(coins: &[i64], start: usize, left: i64, chosen: &mut Vec<i64>, out: &mut Vec<Vec<i64>>) {
        if left == 0 {
            out.push(chosen.clone());
            return;
        }
        for (i, &coin) in coins.iter().enumerate().skip(start) {
            if coin > left {
                break; // every later coin is larger still
            }
            chosen.push(coin);
            go(coins, i, left - coin, chosen, out); // the same coin may be used again
            chosen.pop();
        }
    }
    coins.sort_unstable();
    let mut out = Vec::new();
    go(&coins, 0, target, &mut Vec::new(), &mut out);
    out
}
