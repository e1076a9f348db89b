use std::collections::BinaryHeap;

pub fn max_capital(k: i64, capital: i64, profits: Vec<i64>, costs: Vec<i64>) -> i64 {
    // Projects by the capital they need; a max-heap of the affordable ones' profits.
    let mut order: Vec<usize> = (0..costs.len()).collect();
    order.sort_unstable_by_key(|&i| costs[i]);
    let mut affordable = BinaryHeap::new();
    let (mut capital, mut next) = (capital, 0);
    for _ in 0..k {
        while next < order.len() && costs[order[next]] <= capital {
            affordable.push(profits[order[next]]);
            next += 1;
        }
        match affordable.pop() {
            Some(p) => capital += p,
            None => break,
        }
    }
    capital
}
