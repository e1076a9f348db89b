fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]]; // path halving
        x = parent[x];
    }
    x
}

pub fn min_network_cost(n: i64, links: Vec<Vec<i64>>) -> i64 {
    let n = n as usize;
    let mut edges: Vec<(i64, usize, usize)> = links
        .iter()
        .map(|l| (l[2], l[0] as usize, l[1] as usize))
        .collect();
    edges.sort_unstable();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut size = vec![1usize; n];
    let (mut total, mut joined) = (0i64, 0usize);
    for (w, u, v) in edges {
        if joined + 1 == n {
            break;
        }
        let (mut ru, mut rv) = (find(&mut parent, u), find(&mut parent, v));
        if ru == rv {
            continue;
        }
        if size[ru] < size[rv] {
            std::mem::swap(&mut ru, &mut rv);
        }
        parent[rv] = ru;
        size[ru] += size[rv];
        total += w;
        joined += 1;
    }
    if joined + 1 == n { total } else { -1 }
}
