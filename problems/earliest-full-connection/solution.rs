fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]]; // path halving
        x = parent[x];
    }
    x
}

pub fn earliest_all_connected(n: i64, mut logs: Vec<Vec<i64>>) -> i64 {
    let n = n as usize;
    let mut parent: Vec<usize> = (0..n).collect();
    let mut size = vec![1_usize; n];
    let mut groups = n;
    logs.sort_unstable_by_key(|log| log[0]);
    for log in &logs {
        let (ra, rb) = (
            find(&mut parent, log[1] as usize),
            find(&mut parent, log[2] as usize),
        );
        if ra == rb {
            continue;
        }
        // Union by size keeps the trees shallow.
        let (small, big) = if size[ra] < size[rb] {
            (ra, rb)
        } else {
            (rb, ra)
        };
        parent[small] = big;
        size[big] += size[small];
        groups -= 1;
        if groups == 1 {
            return log[0];
        }
    }
    -1
}
