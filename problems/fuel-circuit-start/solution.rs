pub fn circuit_start(charge: Vec<i64>, drain: Vec<i64>) -> i64 {
    // If the total gain is negative no start works; otherwise the start after the last point
    // where the running battery went negative does, and it is the smallest one that does.
    let (mut total, mut tank, mut start) = (0, 0, 0);
    for (i, (c, d)) in charge.iter().zip(&drain).enumerate() {
        let gain = c - d;
        total += gain;
        tank += gain;
        if tank < 0 {
            // No start in start..=i can pass stop i: try from the next stop with an empty battery.
            start = i + 1;
            tank = 0;
        }
    }
    if total >= 0 { start as i64 } else { -1 }
}
