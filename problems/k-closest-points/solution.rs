use std::collections::BinaryHeap;

pub fn k_closest(points: Vec<Vec<i64>>, k: i64) -> Vec<Vec<i64>> {
    let k = k as usize;
    // Max-heap of the k best (squared distance, x, y) keys seen so far.
    let mut heap: BinaryHeap<(i64, i64, i64)> = BinaryHeap::with_capacity(k + 1);
    for p in &points {
        let (x, y) = (p[0], p[1]);
        heap.push((x * x + y * y, x, y));
        if heap.len() > k {
            heap.pop(); // drop the worst
        }
    }
    heap.into_sorted_vec()
        .into_iter()
        .map(|(_, x, y)| vec![x, y])
        .collect()
}
