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
/// time walks the whole history on every jump. Then 119,999 random calls where a third of the
/// jumps go all the way.
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
    let mut mixed = vec![call("BrowserHistory", page(rng, 0))];
    for i in 1..120_000 {
        let steps = if rng.u8(..3) == 0 {
            far.clone()
        } else {
            Value::Int(rng.i64(1..=1000))
        };
        mixed.push(match rng.u8(..10) {
            0..=4 => call("visit", page(rng, i)),
            5..=7 => call("back", steps),
            _ => call("forward", steps),
        });
    }
    vec![Input::Calls(swings), Input::Calls(mixed)]
}
