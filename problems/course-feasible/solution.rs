use std::collections::VecDeque;

pub fn can_finish(n: i64, prereqs: Vec<Vec<i64>>) -> bool {
    let n = n as usize;
    let mut after = vec![Vec::new(); n];
    let mut missing = vec![0_usize; n]; // prerequisites of each course not yet taken
    for p in &prereqs {
        let (a, b) = (p[0] as usize, p[1] as usize);
        after[a].push(b);
        missing[b] += 1;
    }
    let mut ready: VecDeque<usize> = (0..n).filter(|&c| missing[c] == 0).collect();
    let mut taken = 0;
    while let Some(c) = ready.pop_front() {
        taken += 1;
        for &d in &after[c] {
            missing[d] -= 1;
            if missing[d] == 0 {
                ready.push_back(d);
            }
        }
    }
    taken == n
}
