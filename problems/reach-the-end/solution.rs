pub fn can_reach_end(hops: Vec<i64>) -> bool {
    // Track the farthest stone reachable so far; every stone up to it is reachable too.
    let last = hops.len() - 1;
    let mut farthest = 0;
    for (i, &h) in hops.iter().enumerate() {
        if i > farthest {
            return false;
        }
        farthest = farthest.max(i + h as usize);
        if farthest >= last {
            return true;
        }
    }
    true
}
