/// The root of `x`'s set, halving the path on the way.
fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

pub fn redundant_link(edges: Vec<Vec<i64>>) -> Vec<i64> {
    let n = edges.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut size = vec![1_usize; n];
    // The first edge whose ends are already joined closes the cycle, and every other edge of
    // the cycle came before it.
    for e in &edges {
        let (mut ru, mut rv) = (
            find(&mut parent, e[0] as usize),
            find(&mut parent, e[1] as usize),
        );
        if ru == rv {
            return e.clone();
        }
        if size[ru] < size[rv] {
            std::mem::swap(&mut ru, &mut rv);
        }
        parent[rv] = ru;
        size[ru] += size[rv];
    }
    Vec::new() // unreachable for valid input
}
