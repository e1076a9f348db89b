pub fn min_cost_connect(points: Vec<Vec<i64>>) -> i64 {
    // Prim's algorithm on the complete graph, O(n^2) with an array instead of a heap.
    let n = points.len();
    let mut in_tree = vec![false; n];
    let mut dist = vec![i64::MAX; n]; // cheapest link from the tree to each point
    dist[0] = 0;
    let mut total = 0;
    for _ in 0..n {
        let mut u = usize::MAX;
        for v in 0..n {
            if !in_tree[v] && (u == usize::MAX || dist[v] < dist[u]) {
                u = v;
            }
        }
        in_tree[u] = true;
        total += dist[u];
        let (x, y) = (points[u][0], points[u][1]);
        for v in 0..n {
            if !in_tree[v] {
                let d = (points[v][0] - x).abs() + (points[v][1] - y).abs();
                dist[v] = dist[v].min(d);
            }
        }
    }
    total
}
