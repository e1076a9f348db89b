pub fn largest_block(wafer: Vec<Vec<char>>) -> i64 {
    let cols = wafer[0].len();
    // heights[c]: how many working dies stand in an unbroken column ending at the current row.
    let mut heights = vec![0_i64; cols];
    let mut best = 0;
    // (start, height) pairs with strictly increasing heights, reused for every row.
    let mut stack: Vec<(usize, i64)> = Vec::with_capacity(cols + 1);
    for row in &wafer {
        for (h, &die) in heights.iter_mut().zip(row) {
            *h = if die == '1' { *h + 1 } else { 0 };
        }
        stack.clear();
        // A sentinel bar of height 0 after the last column empties the stack.
        for c in 0..=cols {
            let h = if c < cols { heights[c] } else { 0 };
            let mut start = c;
            while let Some(&(s, top)) = stack.last() {
                if top < h {
                    break;
                }
                stack.pop();
                best = best.max(top * (c - s) as i64);
                start = s;
            }
            stack.push((start, h));
        }
    }
    best
}
