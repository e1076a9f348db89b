use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn min_effort_path(heights: Vec<Vec<i64>>) -> i64 {
    let (rows, cols) = (heights.len(), heights[0].len());
    let mut best = vec![vec![i64::MAX; cols]; rows];
    best[0][0] = 0;
    let mut heap = BinaryHeap::from([Reverse((0i64, 0usize, 0usize))]);
    while let Some(Reverse((strain, r, c))) = heap.pop() {
        if (r, c) == (rows - 1, cols - 1) {
            return strain;
        }
        if strain > best[r][c] {
            continue;
        }
        let moves = [
            (r + 1, c),
            (r.wrapping_sub(1), c),
            (r, c + 1),
            (r, c.wrapping_sub(1)),
        ];
        for (nr, nc) in moves {
            if nr < rows && nc < cols {
                let s = strain.max((heights[nr][nc] - heights[r][c]).abs());
                if s < best[nr][nc] {
                    best[nr][nc] = s;
                    heap.push(Reverse((s, nr, nc)));
                }
            }
        }
    }
    0
}
