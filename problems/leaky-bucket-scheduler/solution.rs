use std::collections::VecDeque;

pub fn leaky_bucket(arrivals: Vec<i64>, capacity: i64, interval: i64) -> Vec<i64> {
    let mut waiting: VecDeque<i64> = VecDeque::new(); // departures of accepted requests not yet sent
    let mut last: Option<i64> = None; // departure time of the latest accepted request
    let mut out = Vec::with_capacity(arrivals.len());
    for t in arrivals {
        // Departures at t happen before arrivals at t.
        while waiting.front().is_some_and(|&leave| leave <= t) {
            waiting.pop_front();
        }
        if waiting.len() as i64 >= capacity {
            out.push(-1);
            continue;
        }
        let leave = last.map_or(t, |l| t.max(l + interval));
        waiting.push_back(leave);
        last = Some(leave);
        out.push(leave);
    }
    out
}
