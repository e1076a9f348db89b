// The swelearn judge's harness (generated; edits are lost). It reads every case from stdin, calls
// the solution in `solution.rs` on each with a monotonic clock around the call, and writes one
// result line per case in the judge's wire format. Inputs and results are forgotten, not dropped:
// dropping a long `Box` list recurses once per node.
#![allow(dead_code, unused_imports, unused_mut, unused_variables, unused_parens, clippy::all)]

#[path = "solution.rs"]
mod solution;

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::time::Instant;

use prelude::{ListNode, TreeNode};

const MAX_NODES: usize = 10_000_000;

fn fail(msg: &str) -> ! {
    eprintln!("swelearn harness: {msg}");
    std::process::exit(3);
}

struct Input<'a> {
    it: std::str::SplitAsciiWhitespace<'a>,
}

impl<'a> Input<'a> {
    fn tok(&mut self) -> &'a str {
        match self.it.next() {
            Some(t) => t,
            None => fail("the judge's input ended early"),
        }
    }

    fn count(&mut self) -> usize {
        self.tok()
            .parse()
            .unwrap_or_else(|_| fail("a length in the judge's input is not a number"))
    }
}

/// Appends one token, separated from the previous by a space.
fn token(out: &mut String, t: impl std::fmt::Display) {
    if !out.is_empty() {
        out.push(' ');
    }
    let _ = write!(out, "{t}");
}

trait Wire: Sized {
    fn read(input: &mut Input) -> Self;
    fn write(&self, out: &mut String) -> Result<(), String>;
}

impl Wire for i64 {
    fn read(input: &mut Input) -> Self {
        input
            .tok()
            .parse()
            .unwrap_or_else(|_| fail("an integer in the judge's input is not a number"))
    }
    fn write(&self, out: &mut String) -> Result<(), String> {
        token(out, self);
        Ok(())
    }
}

impl Wire for f64 {
    fn read(input: &mut Input) -> Self {
        input
            .tok()
            .parse()
            .unwrap_or_else(|_| fail("a float in the judge's input is not a number"))
    }
    fn write(&self, out: &mut String) -> Result<(), String> {
        if !self.is_finite() {
            return Err(format!("{self} is not a finite number"));
        }
        token(out, format_args!("{self:?}"));
        Ok(())
    }
}

impl Wire for bool {
    fn read(input: &mut Input) -> Self {
        input.tok() == "true"
    }
    fn write(&self, out: &mut String) -> Result<(), String> {
        token(out, self);
        Ok(())
    }
}

impl Wire for String {
    fn read(input: &mut Input) -> Self {
        let hex = input.tok().get(1..).unwrap_or("");
        let bytes: Vec<u8> = (0..hex.len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap_or(b'?'))
            .collect();
        String::from_utf8(bytes).unwrap_or_else(|_| fail("a string in the judge's input is not UTF-8"))
    }
    fn write(&self, out: &mut String) -> Result<(), String> {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push('s');
        for b in self.bytes() {
            let _ = write!(out, "{b:02x}");
        }
        Ok(())
    }
}

impl Wire for char {
    fn read(input: &mut Input) -> Self {
        input
            .tok()
            .parse::<u32>()
            .ok()
            .and_then(char::from_u32)
            .unwrap_or_else(|| fail("a character in the judge's input is not a code point"))
    }
    fn write(&self, out: &mut String) -> Result<(), String> {
        token(out, u32::from(*self));
        Ok(())
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn read(input: &mut Input) -> Self {
        let n = input.count();
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::read(input));
        }
        v
    }
    fn write(&self, out: &mut String) -> Result<(), String> {
        token(out, self.len());
        for (i, x) in self.iter().enumerate() {
            x.write(out).map_err(|e| format!("[{i}]: {e}"))?;
        }
        Ok(())
    }
}

impl Wire for Option<Box<ListNode>> {
    fn read(input: &mut Input) -> Self {
        let values: Vec<i64> = Wire::read(input);
        let mut head = None;
        for val in values.into_iter().rev() {
            head = Some(Box::new(ListNode { val, next: head }));
        }
        head
    }
    fn write(&self, out: &mut String) -> Result<(), String> {
        let mut values = Vec::new();
        let mut cur = self.as_deref();
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next.as_deref();
        }
        values.write(out)
    }
}

impl Wire for Option<Box<TreeNode>> {
    fn read(input: &mut Input) -> Self {
        let n = input.count();
        let mut nodes: Vec<Option<TreeNode>> = (0..n)
            .map(|_| match input.tok() {
                "null" => None,
                t => Some(TreeNode::new(t.parse().unwrap_or_else(|_| {
                    fail("a tree node in the judge's input is not a number")
                }))),
            })
            .collect();
        // Each present node takes the next two entries as its children; attach from the last
        // node back so every subtree is complete before it moves into its parent.
        let mut children: Vec<(Option<usize>, Option<usize>)> = vec![(None, None); n];
        let mut next = 1;
        for i in 0..n {
            if next >= n {
                break;
            }
            if nodes[i].is_none() {
                continue;
            }
            children[i].0 = Some(next);
            next += 1;
            if next < n {
                children[i].1 = Some(next);
                next += 1;
            }
        }
        for i in (0..n).rev() {
            let (l, r) = children[i];
            let left = l.and_then(|j| nodes[j].take()).map(Box::new);
            let right = r.and_then(|j| nodes[j].take()).map(Box::new);
            if let Some(node) = nodes[i].as_mut() {
                node.left = left;
                node.right = right;
            }
        }
        nodes.first_mut().and_then(Option::take).map(Box::new)
    }
    fn write(&self, out: &mut String) -> Result<(), String> {
        let mut values: Vec<Option<i64>> = Vec::new();
        let mut queue = std::collections::VecDeque::new();
        queue.push_back(self.as_deref());
        while let Some(node) = queue.pop_front() {
            match node {
                Some(n) => {
                    values.push(Some(n.val));
                    queue.push_back(n.left.as_deref());
                    queue.push_back(n.right.as_deref());
                }
                None => values.push(None),
            }
        }
        while values.last() == Some(&None) {
            values.pop();
        }
        token(out, values.len());
        for v in values {
            match v {
                Some(x) => token(out, x),
                None => token(out, "null"),
            }
        }
        Ok(())
    }
}

fn read_all() -> String {
    let mut data = String::new();
    if std::io::stdin().read_to_string(&mut data).is_err() {
        fail("cannot read the judge's input");
    }
    data
}

fn start<'a>(data: &'a str) -> (Input<'a>, String, usize) {
    let mut input = Input {
        it: data.split_ascii_whitespace(),
    };
    if input.tok() != "SWL1" {
        fail("the input is not in the judge's format");
    }
    let nonce = input.tok().to_owned();
    let n = input.count();
    (input, nonce, n)
}

fn ready(nonce: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{nonce} ready");
    let _ = out.flush();
}

fn emit(nonce: &str, i: usize, ns: u128, result: Result<String, String>) {
    let line = match result {
        Ok(tokens) => format!("{nonce} {i} {ns} = {tokens}\n"),
        Err(msg) => {
            let mut hex = String::with_capacity(msg.len() * 2);
            for b in msg.bytes() {
                let _ = write!(hex, "{b:02x}");
            }
            format!("{nonce} {i} {ns} ! {hex}\n")
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(line.as_bytes());
    let _ = out.flush();
}
