use std::collections::HashMap;

/// The root of `x`'s set, halving the path on the way.
fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

pub fn merge_identities(records: Vec<Vec<String>>) -> Vec<Vec<String>> {
    let mut parent: Vec<usize> = (0..records.len()).collect();
    // Join each record to the first record that gave the same address.
    let mut owner: HashMap<&str, usize> = HashMap::new();
    for (i, rec) in records.iter().enumerate() {
        for addr in rec {
            match owner.get(addr.as_str()) {
                Some(&j) => {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    if a != b {
                        parent[a] = b;
                    }
                }
                None => {
                    owner.insert(addr, i);
                }
            }
        }
    }
    // Each address goes to its first record's group; sort within and across groups.
    let mut groups: HashMap<usize, Vec<String>> = HashMap::new();
    for (addr, i) in owner {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(addr.to_string());
    }
    let mut out: Vec<Vec<String>> = groups
        .into_values()
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect();
    out.sort_unstable();
    out
}
