//! Crash Recovery From a Write-Ahead Log: the reference's binding and the large cases.

use crate::support::*;

function!(replay_wal(snapshot: Vec<String>, checkpoint: i64, log: Vec<String>) -> Vec<String>);

/// One log record: a write (`Some(value)` sets, `None` deletes) or the end of a transaction.
enum Op {
    Write(usize, Option<i64>),
    End(bool),
}

/// A log of `n` records over `keys` keys, by up to `active` concurrent transactions that hold
/// their write locks until they end, and a checkpoint halfway: the snapshot, the checkpoint LSN
/// and the surviving records (those of transactions committed before the checkpoint survive
/// with probability one half), shuffled.
fn wal(rng: &mut Rng, n: usize, keys: usize, active: usize) -> Input {
    let mut records: Vec<(i64, i64, Op)> = Vec::with_capacity(n);
    let mut open: Vec<(i64, Vec<usize>)> = Vec::new();
    let mut owner = vec![0_i64; keys]; // 0: no open transaction has written the key
    let mut commit_lsn = vec![i64::MAX];
    let mut lsn = 0;
    while records.len() < n {
        let r = rng.u32(0..100);
        if open.is_empty() || (r < 10 && open.len() < active) {
            open.push((commit_lsn.len() as i64, Vec::new()));
            commit_lsn.push(i64::MAX);
            continue;
        }
        let i = rng.usize(..open.len());
        let txn = open[i].0;
        lsn += rng.i64(1..=100);
        if r < 20 {
            let (_, written) = open.swap_remove(i);
            for k in written {
                owner[k] = 0;
            }
            let commit = rng.u32(0..100) < 85;
            if commit {
                commit_lsn[txn as usize] = lsn;
            }
            records.push((lsn, txn, Op::End(commit)));
        } else {
            let k = rng.usize(..keys);
            if owner[k] != 0 && owner[k] != txn {
                continue;
            }
            owner[k] = txn;
            open[i].1.push(k);
            let value = (rng.u32(0..100) < 80).then(|| rng.i64(0..=1_000_000_000));
            records.push((lsn, txn, Op::Write(k, value)));
        }
    }
    let checkpoint = rng.i64(lsn / 3..=2 * lsn / 3);
    let mut state: Vec<Option<i64>> = vec![None; keys];
    for (_, txn, op) in &records {
        if let Op::Write(k, v) = op
            && commit_lsn[*txn as usize] <= checkpoint
        {
            state[*k] = *v;
        }
    }
    let snapshot: Vec<String> = (0..keys)
        .filter_map(|k| state[k].map(|v| format!("key{k}={v}")))
        .collect();
    let mut log: Vec<String> = records
        .iter()
        .filter(|(_, txn, _)| commit_lsn[*txn as usize] > checkpoint || rng.bool())
        .map(|(lsn, txn, op)| match op {
            Op::Write(k, Some(v)) => format!("{lsn} {txn} set key{k} {v}"),
            Op::Write(k, None) => format!("{lsn} {txn} delete key{k}"),
            Op::End(true) => format!("{lsn} {txn} commit"),
            Op::End(false) => format!("{lsn} {txn} abort"),
        })
        .collect();
    rng.shuffle(&mut log);
    args![snapshot, checkpoint, log]
}

/// 200,000 records over 20,000 keys with up to 50 transactions open at once, and 200,000
/// records over 50 hot keys with up to 5 open.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![wal(rng, 200_000, 20_000, 50), wal(rng, 200_000, 50, 5)]
}
