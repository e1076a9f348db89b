pub fn all_subsets(flags: Vec<i64>) -> Vec<Vec<i64>> {
    fn go(flags: &[i64], i: usize, chosen: &mut Vec<i64>, out: &mut Vec<Vec<i64>>) {
        if i == flags.len() {
            out.push(chosen.clone());
            return;
        }
        go(flags, i + 1, chosen, out); // flag i off
        chosen.push(flags[i]);
        go(flags, i + 1, chosen, out); // flag i on
        chosen.pop();
    }
    let mut out = Vec::with_capacity(1 << flags.len());
    go(&flags, 0, &mut Vec::new(), &mut out);
    out
}
