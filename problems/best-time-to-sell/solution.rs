pub fn max_profit(prices: Vec<i64>) -> i64 {
    let mut best = 0;
    let mut low = prices[0];
    for p in prices {
        best = best.max(p - low);
        low = low.min(p);
    }
    best
}
