use std::collections::HashMap;

/// An account's balance now, and the versions at which it changed with the balance from then on.
#[derive(Default)]
struct Account {
    balance: i64,
    history: Vec<(i64, i64)>,
}

impl Account {
    fn add(&mut self, v: i64, amount: i64) {
        self.balance += amount;
        self.history.push((v, self.balance));
    }
}

pub fn account_balances(events: Vec<String>, queries: Vec<String>) -> Vec<i64> {
    let mut accounts: HashMap<&str, Account> = HashMap::new();
    for (v, event) in (1_i64..).zip(&events) {
        let f: Vec<&str> = event.split_whitespace().collect();
        let amount = |i: usize| f[i].parse::<i64>().unwrap_or(0);
        // An event that breaks a rule is rejected: it keeps its version but changes nothing.
        match f[0] {
            "open" => {
                if !accounts.contains_key(f[1]) {
                    accounts.entry(f[1]).or_default().add(v, 0);
                }
            }
            "deposit" => {
                if let Some(acc) = accounts.get_mut(f[1]) {
                    acc.add(v, amount(2));
                }
            }
            "withdraw" => {
                if let Some(acc) = accounts.get_mut(f[1])
                    && acc.balance >= amount(2)
                {
                    acc.add(v, -amount(2));
                }
            }
            _ => {
                let (from, to, amt) = (f[1], f[2], amount(3));
                let funded = accounts.get(from).is_some_and(|a| a.balance >= amt);
                if funded && from != to && accounts.contains_key(to) {
                    accounts.entry(from).or_default().add(v, -amt);
                    accounts.entry(to).or_default().add(v, amt);
                }
            }
        }
    }
    queries
        .iter()
        .map(|q| {
            let (account, v) = q.split_once(' ').unwrap_or((q, "0"));
            let v: i64 = v.parse().unwrap_or(0);
            accounts.get(account).map_or(-1, |acc| {
                // The last change at or before version v.
                let i = acc.history.partition_point(|&(at, _)| at <= v);
                if i == 0 { -1 } else { acc.history[i - 1].1 }
            })
        })
        .collect()
}
