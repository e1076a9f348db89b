pub fn cheapest_with_stops(n: i64, flights: Vec<Vec<i64>>, src: i64, dst: i64, k: i64) -> i64 {
    const INF: i64 = i64::MAX;
    let mut best = vec![INF; n as usize]; // cheapest cost with at most `round` flights so far
    best[src as usize] = 0;
    for _ in 0..=k {
        let mut next = best.clone(); // extend only paths from the previous round
        let mut changed = false;
        for f in &flights {
            let (u, v, price) = (f[0] as usize, f[1] as usize, f[2]);
            if best[u] != INF && best[u] + price < next[v] {
                next[v] = best[u] + price;
                changed = true;
            }
        }
        best = next;
        if !changed {
            break;
        }
    }
    if best[dst as usize] == INF {
        -1
    } else {
        best[dst as usize]
    }
}
