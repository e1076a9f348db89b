use std::collections::HashMap;

/// The root of `x`'s set, halving the path on the way.
fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// The link ids of the bridges of a multigraph (`adj[u]` holds `(v, link id)`), by an iterative
/// depth-first search.
fn bridges(adj: &[Vec<(usize, usize)>], found: &mut Vec<usize>) {
    let mut seen = vec![usize::MAX; adj.len()]; // discovery time
    let mut low = vec![0; adj.len()];
    let mut clock = 0;
    for root in 0..adj.len() {
        if seen[root] != usize::MAX {
            continue;
        }
        seen[root] = clock;
        low[root] = clock;
        clock += 1;
        // Node, id of the link it was entered by, next neighbour to look at.
        let mut stack = vec![(root, usize::MAX, 0)];
        while let Some(top) = stack.last_mut() {
            let (u, via, k) = *top;
            if let Some(&(v, i)) = adj[u].get(k) {
                top.2 += 1;
                if i == via {
                    continue; // the same link back (a parallel link has another id)
                }
                if seen[v] == usize::MAX {
                    seen[v] = clock;
                    low[v] = clock;
                    clock += 1;
                    stack.push((v, i, 0));
                } else {
                    low[u] = low[u].min(seen[v]);
                }
            } else {
                stack.pop();
                if let Some(&(p, _, _)) = stack.last() {
                    low[p] = low[p].min(low[u]);
                    if low[u] > seen[p] {
                        found.push(via);
                    }
                }
            }
        }
    }
}

pub fn critical_links(n: i64, links: Vec<Vec<i64>>) -> Vec<i64> {
    let mut parent: Vec<usize> = (0..n as usize).collect();
    let mut order: Vec<usize> = (0..links.len()).collect();
    order.sort_by_key(|&i| links[i][2]);
    let mut critical = Vec::new();
    for group in order.chunk_by(|&a, &b| links[a][2] == links[b][2]) {
        // The group's links between components joined by all cheaper links, contracted.
        let mut local: HashMap<usize, usize> = HashMap::new();
        let mut adj: Vec<Vec<(usize, usize)>> = Vec::new();
        for &i in group {
            let a = find(&mut parent, links[i][0] as usize);
            let b = find(&mut parent, links[i][1] as usize);
            if a == b {
                continue; // closes a loop of cheaper links: in no cheapest network
            }
            let mut id = |r: usize| {
                *local.entry(r).or_insert_with(|| {
                    adj.push(Vec::new());
                    adj.len() - 1
                })
            };
            let (la, lb) = (id(a), id(b));
            adj[la].push((lb, i));
            adj[lb].push((la, i));
        }
        // A link of the group is in every cheapest network iff it is a bridge of that graph.
        bridges(&adj, &mut critical);
        for &i in group {
            let a = find(&mut parent, links[i][0] as usize);
            let b = find(&mut parent, links[i][1] as usize);
            if a != b {
                parent[a] = b;
            }
        }
    }
    critical.sort_unstable();
    critical.into_iter().map(|i| i as i64).collect()
}
