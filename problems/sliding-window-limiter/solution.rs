use std::collections::{HashMap, VecDeque};

pub fn sliding_window_limiter(
    clients: Vec<String>,
    times: Vec<i64>,
    limit: i64,
    window: i64,
) -> Vec<bool> {
    // Per client: times of admitted requests still in the window, oldest first.
    let mut logs: HashMap<String, VecDeque<i64>> = HashMap::new();
    clients
        .into_iter()
        .zip(times)
        .map(|(client, t)| {
            let log = logs.entry(client).or_default();
            // Drop what slid out of (t - window, t].
            while log.front().is_some_and(|&s| s <= t - window) {
                log.pop_front();
            }
            // Rejected requests are not logged.
            let ok = (log.len() as i64) < limit;
            if ok {
                log.push_back(t);
            }
            ok
        })
        .collect()
}
