use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn common_free_time(schedules: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    // Min-heap of each member's next interval: (start, end, member, position in the row).
    let mut heap: BinaryHeap<Reverse<(i64, i64, usize, usize)>> = schedules
        .iter()
        .enumerate()
        .filter(|(_, row)| row.len() >= 2)
        .map(|(m, row)| Reverse((row[0], row[1], m, 0)))
        .collect();
    let Some(&Reverse((first, ..))) = heap.peek() else {
        return Vec::new();
    };
    let mut reach = first; // latest end of the busy time merged so far
    let mut gaps = Vec::new();
    while let Some(Reverse((start, end, m, i))) = heap.pop() {
        if start > reach {
            gaps.push(vec![reach, start]);
        }
        reach = reach.max(end);
        if let [s, e, ..] = schedules[m][i + 2..] {
            heap.push(Reverse((s, e, m, i + 2)));
        }
    }
    gaps
}
