use std::collections::{BTreeMap, HashSet};

pub fn replay_wal(snapshot: Vec<String>, checkpoint: i64, log: Vec<String>) -> Vec<String> {
    let mut state: BTreeMap<String, i64> = BTreeMap::new();
    for entry in &snapshot {
        if let Some((key, value)) = entry.split_once('=') {
            state.insert(key.to_owned(), value.parse().unwrap_or(0));
        }
    }
    // (lsn, fields) of every record; segments arrive in any order, so replay by LSN.
    let mut records: Vec<(i64, Vec<&str>)> = log
        .iter()
        .map(|r| {
            let fields: Vec<&str> = r.split_whitespace().collect();
            (fields[0].parse().unwrap_or(0), fields)
        })
        .collect();
    records.sort_unstable_by_key(|r| r.0);
    // Transactions to redo: committed after the checkpoint. Earlier commits are in the
    // snapshot already; aborted or unfinished transactions never happened.
    let redo: HashSet<&str> = records
        .iter()
        .filter(|(lsn, f)| f[2] == "commit" && *lsn > checkpoint)
        .map(|(_, f)| f[1])
        .collect();
    for (_, f) in &records {
        if !redo.contains(f[1]) {
            continue;
        }
        match f[2] {
            "set" => {
                state.insert(f[3].to_owned(), f[4].parse().unwrap_or(0));
            }
            "delete" => {
                state.remove(f[3]);
            }
            _ => {}
        }
    }
    state.into_iter().map(|(k, v)| format!("{k}={v}")).collect()
}
