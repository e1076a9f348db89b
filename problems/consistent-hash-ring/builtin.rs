//! Consistent Hash Ring: the reference's binding and the large cases.

use crate::support::*;

class!(HashRing {
    new(vnodes: i64);
    add_node(name: String);
    remove_node(name: String);
    owner(key: String) -> String;
});

fn call(method: &str, arg: Value) -> Call {
    Call {
        method: method.into(),
        args: vec![arg],
    }
}

/// 100,000 calls: `nodes` servers join a ring of `vnodes` points each, then keys are looked up
/// while a server leaves or rejoins every 2,000 calls. Scanning every point for each key is
/// billions of steps.
fn calls(rng: &mut Rng, vnodes: i64, nodes: usize) -> Input {
    let name = |i: usize| Value::Str(format!("cache-{i:03}"));
    let mut out = vec![call("HashRing", Value::Int(vnodes))];
    for i in 0..nodes {
        out.push(call("add_node", name(i)));
    }
    let mut down: Vec<usize> = Vec::new();
    while out.len() < 100_000 {
        if out.len() % 2_000 == 0 {
            if !down.is_empty() && rng.bool() {
                let i = down.swap_remove(rng.usize(..down.len()));
                out.push(call("add_node", name(i)));
            } else {
                let i = rng.usize(..nodes);
                down.push(i);
                out.push(call("remove_node", name(i)));
            }
        } else {
            let len = rng.usize(4..=12);
            let key = string(rng, len, "abcdefghijklmnopqrstuvwxyz0123456789:");
            out.push(call("owner", Value::Str(key)));
        }
    }
    Input::Calls(out)
}

/// 250 servers and 200 servers, of 400 points each.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![calls(rng, 400, 250), calls(rng, 400, 200)]
}
