use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn min_meeting_rooms(interviews: Vec<Vec<i64>>) -> i64 {
    let mut pairs: Vec<(i64, i64)> = interviews.iter().map(|iv| (iv[0], iv[1])).collect();
    pairs.sort_unstable();
    // Min-heap: the minute each room in use becomes free.
    let mut free_at: BinaryHeap<Reverse<i64>> = BinaryHeap::new();
    for (start, end) in pairs {
        if let Some(mut earliest) = free_at.peek_mut() {
            if earliest.0 <= start {
                earliest.0 = end;
                continue;
            }
        }
        free_at.push(Reverse(end));
    }
    free_at.len() as i64
}
