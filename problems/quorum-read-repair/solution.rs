use std::collections::HashMap;

pub fn quorum_reads(n: i64, _w: i64, _r: i64, ops: Vec<String>) -> Vec<i64> {
    // Each replica maps key -> (version, value); versions come from one counter of writes.
    let mut replicas: Vec<HashMap<String, (i64, i64)>> = vec![HashMap::new(); n as usize];
    let mut version = 0;
    let mut out = Vec::new();
    for op in &ops {
        let f: Vec<&str> = op.split_whitespace().collect();
        let ids = |from: usize| f[from..].iter().map(|x| x.parse::<usize>().unwrap_or(0));
        if f[0] == "write" {
            version += 1;
            let value = f[2].parse().unwrap_or(0);
            // The w replicas that acknowledge the write.
            for i in ids(3) {
                replicas[i].insert(f[1].to_owned(), (version, value));
            }
            continue;
        }
        let key = f[1];
        let newest = ids(2)
            .filter_map(|i| replicas[i].get(key).copied())
            .max()
            .unwrap_or((0, -1));
        out.push(newest.1); // -1 if no replica in the read set has the key
        if newest.0 > 0 {
            // Read repair: bring stale replicas of the read set up to date.
            for i in ids(2) {
                let slot = replicas[i].entry(key.to_owned()).or_insert((0, -1));
                if slot.0 < newest.0 {
                    *slot = newest;
                }
            }
        }
    }
    out
}
