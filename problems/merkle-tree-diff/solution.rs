const MOD: i64 = 1_000_000_007;

/// The tree as an array: node 1 is the root, node i has children 2i and 2i + 1.
fn build(leaves: &[i64], size: usize) -> Vec<i64> {
    let mut tree = vec![0; 2 * size];
    tree[size..size + leaves.len()].copy_from_slice(leaves);
    for i in (1..size).rev() {
        tree[i] = (tree[2 * i] * 31 + tree[2 * i + 1] * 1_000_003 + 7) % MOD;
    }
    tree
}

pub fn merkle_diff(a: Vec<i64>, b: Vec<i64>) -> Vec<Vec<i64>> {
    let size = a.len().next_power_of_two();
    let (ta, tb) = (build(&a, size), build(&b, size));
    let (mut differing, mut compared) = (Vec::new(), 1);
    let mut stack = vec![1];
    while let Some(node) = stack.pop() {
        if ta[node] == tb[node] {
            continue;
        }
        if node >= size {
            differing.push((node - size) as i64);
        } else {
            compared += 2;
            stack.push(2 * node + 1);
            stack.push(2 * node);
        }
    }
    vec![differing, vec![compared]]
}
