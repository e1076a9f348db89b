//! Tab History With Back and Forward: the reference's binding and the large cases.

use crate::support::*;

class!(BrowserHistory {
    new(home: String);
    visit(url: String);
    back(steps: i64) -> String;
    forward(steps: i64) -> String;
});

fn call(method: &str, arg: Value) -> Call {
    Call {
        method: method.into(),
        args: vec![arg],
    }
}

fn page(rng: &mut Rng, i: usize) -> Value {
    let host = string(rng, 4, "abcdefghijklmnopqrstuvwxyz");
    Value::Str(format!("{host}.io/{i}"))
}

/// 60,000 visits, then 59,999 jumps of a billion steps back and forward: moving one page at a
/// time walks the whole history on every jump. Then 30 rounds of 2,000 visits and 2,000 random
/// jumps (a third of them all the way), each round ending back at the newest page, so the history
/// grows to 60,000 pages and the long jumps cross most of it.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let far = Value::Int(1_000_000_000);
    let mut swings = vec![call("BrowserHistory", page(rng, 0))];
    for i in 1..=60_000 {
        swings.push(call("visit", page(rng, i)));
    }
    for i in 0..59_999 {
        let method = if i % 2 == 0 { "back" } else { "forward" };
        swings.push(call(method, far.clone()));
    }
    let mut rounds = vec![call("BrowserHistory", page(rng, 0))];
    let mut visited = 0;
    for _ in 0..30 {
        for _ in 0..2_000 {
            visited += 1;
            rounds.push(call("visit", page(rng, visited)));
        }
        for _ in 0..1_999 {
            let steps = if rng.u8(..3) == 0 {
                far.clone()
            } else {
                Value::Int(rng.i64(1..=1000))
            };
            let method = if rng.bool() { "back" } else { "forward" };
            rounds.push(call(method, steps));
        }
        rounds.push(call("forward", far.clone()));
    }
    vec![Input::Calls(swings), Input::Calls(rounds)]
}
