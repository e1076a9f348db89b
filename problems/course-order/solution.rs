use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn course_order(n: i64, prereqs: Vec<Vec<i64>>) -> Vec<i64> {
    let n = n as usize;
    let mut after = vec![Vec::new(); n];
    let mut missing = vec![0_usize; n]; // prerequisites of each course not yet taken
    for p in &prereqs {
        let (a, b) = (p[0] as usize, p[1] as usize);
        after[a].push(b);
        missing[b] += 1;
    }
    // Kahn's algorithm with a min-heap: always take the smallest ready course.
    let mut ready: BinaryHeap<Reverse<usize>> =
        (0..n).filter(|&c| missing[c] == 0).map(Reverse).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(Reverse(c)) = ready.pop() {
        order.push(c as i64);
        for &d in &after[c] {
            missing[d] -= 1;
            if missing[d] == 0 {
                ready.push(Reverse(d));
            }
        }
    }
    if order.len() == n { order } else { Vec::new() }
}
