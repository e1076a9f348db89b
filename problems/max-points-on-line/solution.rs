use std::collections::HashMap;

fn gcd(a: i64, b: i64) -> i64 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

pub fn max_points_on_line(points: Vec<Vec<i64>>) -> i64 {
    let mut best = 0;
    let mut lines: HashMap<(i64, i64), i64> = HashMap::new();
    for (i, p) in points.iter().enumerate() {
        // Lines through point i, keyed by their reduced direction, counting the later points.
        lines.clear();
        let mut same = 1; // point i and its later duplicates lie on every line through it
        let mut most = 0;
        for q in &points[i + 1..] {
            let (dx, dy) = (q[0] - p[0], q[1] - p[1]);
            if dx == 0 && dy == 0 {
                same += 1;
                continue;
            }
            let g = gcd(dx, dy);
            let (mut dx, mut dy) = (dx / g, dy / g);
            if dx < 0 || (dx == 0 && dy < 0) {
                (dx, dy) = (-dx, -dy);
            }
            let count = lines.entry((dx, dy)).or_insert(0);
            *count += 1;
            most = most.max(*count);
        }
        best = best.max(same + most);
    }
    best
}
