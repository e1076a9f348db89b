pub fn min_semesters(n: i64, prereqs: Vec<Vec<i64>>) -> i64 {
    let n = n as usize;
    let mut after = vec![Vec::new(); n];
    let mut missing = vec![0_usize; n]; // prerequisites of each course not yet taken
    for p in &prereqs {
        let (a, b) = (p[0] as usize, p[1] as usize);
        after[a].push(b);
        missing[b] += 1;
    }
    // Kahn's algorithm level by level: each level is one term.
    let mut term: Vec<usize> = (0..n).filter(|&c| missing[c] == 0).collect();
    let (mut taken, mut terms) = (0, 0);
    while !term.is_empty() {
        terms += 1;
        taken += term.len();
        let mut following = Vec::new();
        for &c in &term {
            for &d in &after[c] {
                missing[d] -= 1;
                if missing[d] == 0 {
                    following.push(d);
                }
            }
        }
        term = following;
    }
    if taken == n { terms } else { -1 }
}
