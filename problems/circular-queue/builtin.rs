//! Fixed-Size Ring Buffer: the reference's binding and the large cases.

use crate::support::*;

class!(RingBuffer {
    new(capacity: i64);
    enqueue(value: i64) -> bool;
    dequeue() -> bool;
    front() -> i64;
    rear() -> i64;
    is_empty() -> bool;
    is_full() -> bool;
});

fn call(method: &str, args: Vec<Value>) -> Call {
    Call {
        method: method.into(),
        args,
    }
}

/// A queue of 100,000 slots filled up, then kept nearly full for another 100,000 calls, so that
/// shifting the values on every `dequeue` moves about 100,000 values each time: once with
/// `dequeue` and `enqueue` alternating, once with random calls of every kind.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let capacity = 100_000;
    let filled = |rng: &mut Rng| {
        let mut calls = vec![call("RingBuffer", vec![Value::Int(capacity)])];
        calls
            .extend((0..capacity).map(|_| call("enqueue", vec![Value::Int(rng.i64(0..=999_999))])));
        calls
    };
    let mut alternating = filled(rng);
    for i in 0..99_999 {
        alternating.push(match i % 4 {
            0 => call("dequeue", vec![]),
            1 => call("front", vec![]),
            2 => call("enqueue", vec![Value::Int(rng.i64(0..=999_999))]),
            _ => call("rear", vec![]),
        });
    }
    let mut random = filled(rng);
    for _ in 0..99_999 {
        random.push(match rng.u8(0..10) {
            0..=2 => call("dequeue", vec![]),
            3..=5 => call("enqueue", vec![Value::Int(rng.i64(0..=999_999))]),
            6 => call("front", vec![]),
            7 => call("rear", vec![]),
            8 => call("is_empty", vec![]),
            _ => call("is_full", vec![]),
        });
    }
    vec![Input::Calls(alternating), Input::Calls(random)]
}
