use std::collections::BinaryHeap;

pub fn skyline(buildings: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    // The distinct edges, swept left to right.
    let mut xs: Vec<i64> = buildings.iter().flat_map(|b| [b[0], b[1]]).collect();
    xs.sort_unstable();
    xs.dedup();
    let mut by_left: Vec<&Vec<i64>> = buildings.iter().collect();
    by_left.sort_unstable_by_key(|b| b[0]);
    // Max-heap of (height, right) of the buildings started so far; ended ones leave lazily.
    let mut heap: BinaryHeap<(i64, i64)> = BinaryHeap::new();
    let mut out: Vec<Vec<i64>> = Vec::new();
    let mut i = 0;
    for x in xs {
        while i < by_left.len() && by_left[i][0] == x {
            heap.push((by_left[i][2], by_left[i][1]));
            i += 1;
        }
        while heap.peek().is_some_and(|&(_, right)| right <= x) {
            heap.pop();
        }
        let h = heap.peek().map_or(0, |&(h, _)| h);
        if out.last().is_none_or(|p| p[1] != h) {
            out.push(vec![x, h]);
        }
    }
    out
}
