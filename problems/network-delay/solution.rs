use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn network_delay(n: i64, links: Vec<Vec<i64>>, source: i64) -> i64 {
    let n = n as usize;
    let mut out: Vec<Vec<(usize, i64)>> = vec![Vec::new(); n + 1];
    for link in &links {
        out[link[0] as usize].push((link[1] as usize, link[2]));
    }
    let mut dist: Vec<Option<i64>> = vec![None; n + 1];
    let mut heap = BinaryHeap::from([Reverse((0i64, source as usize))]);
    let (mut settled, mut last) = (0, 0);
    while let Some(Reverse((t, u))) = heap.pop() {
        if dist[u].is_some() {
            continue;
        }
        dist[u] = Some(t);
        settled += 1;
        last = t;
        for &(v, w) in &out[u] {
            if dist[v].is_none() {
                heap.push(Reverse((t + w, v)));
            }
        }
    }
    if settled == n { last } else { -1 }
}
