pub fn insert_interval(busy: Vec<Vec<i64>>, block: Vec<i64>) -> Vec<Vec<i64>> {
    let (mut start, mut end) = (block[0], block[1]);
    let mut out = Vec::with_capacity(busy.len() + 1);
    let mut rest = busy.into_iter().peekable();
    // Blocks that end before the new one.
    while let Some(b) = rest.next_if(|b| b[1] < start) {
        out.push(b);
    }
    // Blocks that meet it: combine.
    while let Some(b) = rest.next_if(|b| b[0] <= end) {
        start = start.min(b[0]);
        end = end.max(b[1]);
    }
    out.push(vec![start, end]);
    out.extend(rest);
    out
}
