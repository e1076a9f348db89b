fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]]; // path halving
        x = parent[x];
    }
    x
}

pub fn min_supply_cost(n: i64, wells: Vec<i64>, pipes: Vec<Vec<i64>>) -> i64 {
    let n = n as usize;
    // A well at house i is a pipe from a virtual source (node n) to house i.
    let mut edges: Vec<(i64, usize, usize)> = wells
        .iter()
        .enumerate()
        .map(|(i, &cost)| (cost, n, i))
        .collect();
    edges.extend(pipes.iter().map(|p| (p[2], p[0] as usize, p[1] as usize)));
    edges.sort_unstable();
    let mut parent: Vec<usize> = (0..=n).collect();
    let (mut total, mut joined) = (0i64, 0usize);
    for (cost, a, b) in edges {
        if joined == n {
            break;
        }
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra] = rb;
            total += cost;
            joined += 1;
        }
    }
    total
}
