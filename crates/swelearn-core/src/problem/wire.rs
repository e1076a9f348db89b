//! The text protocol between the judge and a generated harness. It is typed by the signature, so
//! each language's harness reads it with a plain whitespace tokenizer and no JSON library.
//!
//! Input (the harness's stdin), all tokens separated by single spaces or newlines:
//!
//! ```text
//! SWL1 <nonce> <number of cases>
//! <case>            one line per case
//! ```
//!
//! A function case is its arguments in order. A class case is `<k>` (the number of calls), the
//! constructor's arguments, then for each of the `k - 1` further calls the method's index in the
//! signature (0-based) followed by its arguments.
//!
//! Values, by type:
//! - `int`: decimal (`-12`); `float`: Rust's shortest round-trip form (`0.1`, `1e-7`);
//!   `bool`: `true` or `false`; `char`: the code point in decimal (`97`);
//! - `string`: `s` followed by the lowercase hex of its UTF-8 bytes (`s` is "", `s6869` is "hi");
//! - `T[]`: the length, then the elements; `ListNode`: the length, then the values;
//! - `TreeNode`: the number of entries, then each entry in level order, an integer or `null`.
//!
//! Output (the harness's stdout), one line per event; any other line is the solution's own
//! output and is shown to the user, never parsed:
//!
//! ```text
//! <nonce> ready                          input read; the clock for case 0 starts
//! <nonce> <i> <nanoseconds> = <value>    case i returned; the time covers the solution's calls only
//! <nonce> <i> <nanoseconds> ! <hex>      case i returned something not of the declared type
//!                                        (the hex of a UTF-8 message saying what)
//! ```
//!
//! A class case's `<value>` is each call's result in order, methods returning nothing (and the
//! constructor) writing no tokens. A crash ends the process: the judge knows which case was
//! running from the last line it read.

use std::fmt::Write as _;

use crate::problem::case::Input;
use crate::problem::signature::{Signature, Type};
use crate::problem::value::Value;

/// The first token of the input, naming the protocol version.
pub const MAGIC: &str = "SWL1";

/// Writes one value's tokens.
pub fn encode_value(out: &mut String, ty: &Type, v: &Value) {
    match (ty, v) {
        (Type::Int, Value::Int(i)) => {
            let _ = write!(out, "{i}");
        }
        (Type::Float, Value::Float(f)) => {
            let _ = write!(out, "{f:?}");
        }
        (Type::Float, Value::Int(i)) => {
            let _ = write!(out, "{:?}", *i as f64);
        }
        (Type::Bool, Value::Bool(b)) => {
            let _ = write!(out, "{b}");
        }
        (Type::Char, Value::Str(s)) => {
            let _ = write!(out, "{}", s.chars().next().map_or(0, u32::from));
        }
        (Type::Str, Value::Str(s)) => {
            out.push('s');
            for b in s.bytes() {
                let _ = write!(out, "{b:02x}");
            }
        }
        (Type::Array(inner), Value::Array(items)) => {
            let _ = write!(out, "{}", items.len());
            for item in items {
                out.push(' ');
                encode_value(out, inner, item);
            }
        }
        (Type::List | Type::Tree, Value::Array(items)) => {
            let _ = write!(out, "{}", items.len());
            for item in items {
                match item {
                    Value::Int(i) => {
                        let _ = write!(out, " {i}");
                    }
                    _ => out.push_str(" null"),
                }
            }
        }
        // Values are checked against the signature when cases are read; nothing else reaches here.
        _ => out.push_str("null"),
    }
}

/// Writes one case's line (without the newline).
pub fn encode_input(out: &mut String, sig: &Signature, input: &Input) {
    match (sig, input) {
        (Signature::Function(m), Input::Args(args)) => {
            for (i, (p, v)) in m.params.iter().zip(args).enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                encode_value(out, &p.ty, v);
            }
        }
        (Signature::Class { ctor, .. }, Input::Calls(calls)) => {
            let _ = write!(out, "{}", calls.len());
            for (i, call) in calls.iter().enumerate() {
                let params: &[_] = if i == 0 {
                    ctor
                } else {
                    let Some((index, m)) = sig.method(&call.method) else {
                        continue;
                    };
                    let _ = write!(out, " {index}");
                    &m.params
                };
                for (p, v) in params.iter().zip(&call.args) {
                    out.push(' ');
                    encode_value(out, &p.ty, v);
                }
            }
        }
        _ => {}
    }
}

/// The whole input for a batch of cases.
pub fn encode_batch<'a>(
    sig: &Signature,
    nonce: &str,
    inputs: impl ExactSizeIterator<Item = &'a Input>,
) -> String {
    let mut out = format!("{MAGIC} {nonce} {}\n", inputs.len());
    for input in inputs {
        encode_input(&mut out, sig, input);
        out.push('\n');
    }
    out
}

/// One line the harness wrote, once recognised by the nonce.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Ready,
    /// Case `index` returned after `nanos`; `Ok` holds the result tokens, `Err` the message
    /// saying why the result was not of the declared type.
    Result {
        index: usize,
        nanos: u64,
        outcome: Result<String, String>,
    },
}

/// Reads a line of the harness's output: `None` when it is the solution's own output.
pub fn parse_event(nonce: &str, line: &str) -> Option<Event> {
    let rest = line.strip_prefix(nonce)?.strip_prefix(' ')?;
    if rest.trim_end() == "ready" {
        return Some(Event::Ready);
    }
    let mut parts = rest.splitn(4, ' ');
    let index = parts.next()?.parse().ok()?;
    let nanos = parts.next()?.parse().ok()?;
    let mark = parts.next()?;
    let tail = parts.next().unwrap_or("").trim_end();
    let outcome = match mark {
        "=" => Ok(tail.to_owned()),
        "!" => Err(unhex(tail).unwrap_or_else(|| tail.to_owned())),
        _ => return None,
    };
    Some(Event::Result {
        index,
        nanos,
        outcome,
    })
}

fn unhex(s: &str) -> Option<String> {
    let bytes: Option<Vec<u8>> = (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect();
    String::from_utf8(bytes?).ok()
}

struct Tokens<'a> {
    it: std::str::SplitAsciiWhitespace<'a>,
}

impl Tokens<'_> {
    fn next(&mut self, what: &str) -> Result<&str, String> {
        self.it
            .next()
            .ok_or_else(|| format!("the output ended where {what} was expected"))
    }

    fn count(&mut self) -> Result<usize, String> {
        let t = self.next("a length")?;
        t.parse().map_err(|_| format!("`{t}` is not a length"))
    }

    fn value(&mut self, ty: &Type) -> Result<Value, String> {
        Ok(match ty {
            Type::Int => {
                let t = self.next("an integer")?;
                Value::Int(
                    t.parse()
                        .map_err(|_| format!("`{t}` is not a 64-bit integer"))?,
                )
            }
            Type::Float => {
                let t = self.next("a number")?;
                let f: f64 = t.parse().map_err(|_| format!("`{t}` is not a number"))?;
                if !f.is_finite() {
                    return Err(format!("the result {t} is not a finite number"));
                }
                Value::Float(f)
            }
            Type::Bool => match self.next("a boolean")? {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                t => return Err(format!("`{t}` is not a boolean")),
            },
            Type::Char => {
                let t = self.next("a character")?;
                let c = t
                    .parse::<u32>()
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("`{t}` is not a character code"))?;
                Value::Str(c.to_string())
            }
            Type::Str => {
                let t = self.next("a string")?;
                let hex = t
                    .strip_prefix('s')
                    .ok_or_else(|| format!("`{t}` is not a string"))?;
                if hex.len() % 2 != 0 {
                    return Err("a string's hex has an odd length".into());
                }
                Value::Str(unhex(hex).ok_or_else(|| "the result is not valid UTF-8".to_owned())?)
            }
            Type::Array(inner) => {
                let n = self.count()?;
                let mut items = Vec::with_capacity(n.min(1 << 20));
                for _ in 0..n {
                    items.push(self.value(inner)?);
                }
                Value::Array(items)
            }
            Type::List | Type::Tree => {
                let n = self.count()?;
                let mut items = Vec::with_capacity(n.min(1 << 20));
                for _ in 0..n {
                    let t = self.next("a node value")?;
                    items.push(if t == "null" && *ty == Type::Tree {
                        Value::Null
                    } else {
                        Value::Int(
                            t.parse()
                                .map_err(|_| format!("`{t}` is not a node value"))?,
                        )
                    });
                }
                if *ty == Type::Tree {
                    while items.last() == Some(&Value::Null) {
                        items.pop();
                    }
                }
                Value::Array(items)
            }
            Type::Void => Value::Null,
        })
    }
}

/// Decodes a case's result tokens into a value (a class: one entry per call).
pub fn decode_output(sig: &Signature, input: &Input, tokens: &str) -> Result<Value, String> {
    let mut t = Tokens {
        it: tokens.split_ascii_whitespace(),
    };
    let v = match sig {
        Signature::Function(m) => t.value(&m.ret)?,
        Signature::Class { .. } => Value::Array(
            input
                .result_types(sig)
                .into_iter()
                .map(|ty| t.value(ty))
                .collect::<Result<_, _>>()?,
        ),
    };
    if let Some(extra) = t.it.next() {
        return Err(format!("unexpected `{extra}` after the result"));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::signature::parse;

    fn input(sig: &Signature, json: &str) -> Input {
        Input::from_value(sig, Value::parse_json(json).unwrap()).unwrap()
    }

    #[test]
    fn every_type_encodes_as_documented() {
        let sig = parse("f(a: int, b: float, c: bool, d: char, e: string, g: int[][], h: ListNode, t: TreeNode) -> int").unwrap();
        let i = input(
            &sig,
            r#"[-3, 0.5, true, "a", "hé", [[1],[]], [4,5], [1,null,2]]"#,
        );
        let mut out = String::new();
        encode_input(&mut out, &sig, &i);
        assert_eq!(out, "-3 0.5 true 97 s68c3a9 2 1 1 0 2 4 5 3 1 null 2");
        let batch = encode_batch(&sig, "n0", [&i].into_iter());
        assert!(batch.starts_with("SWL1 n0 1\n-3 "));
    }

    #[test]
    fn class_cases_carry_method_indexes() {
        let sig =
            parse("class Lru(capacity: int)\nget(key: int) -> int\nput(key: int, value: int)")
                .unwrap();
        let i = input(&sig, r#"[["Lru",2],["put",1,1],["get",1]]"#);
        let mut out = String::new();
        encode_input(&mut out, &sig, &i);
        assert_eq!(out, "3 2 1 1 1 0 1");
        assert_eq!(
            decode_output(&sig, &i, "7").unwrap().to_string(),
            "[null,null,7]"
        );
        assert!(decode_output(&sig, &i, "7 8").is_err());
    }

    #[test]
    fn results_decode_by_type_and_events_need_the_nonce() {
        let sig = parse("f() -> string[]").unwrap();
        let i = input(&sig, "[]");
        assert_eq!(
            decode_output(&sig, &i, "2 s6869 s").unwrap().to_string(),
            r#"["hi",""]"#
        );
        assert!(decode_output(&sig, &i, "3 s6869 s").is_err());
        assert_eq!(parse_event("k9", "k9 ready"), Some(Event::Ready));
        assert_eq!(
            parse_event("k9", "k9 2 1500 = 2 s s"),
            Some(Event::Result {
                index: 2,
                nanos: 1500,
                outcome: Ok("2 s s".into())
            })
        );
        assert_eq!(
            parse_event("k9", "k9 0 10 ! 6869"),
            Some(Event::Result {
                index: 0,
                nanos: 10,
                outcome: Err("hi".into())
            })
        );
        assert_eq!(parse_event("k9", "print debugging 1 2 3"), None);
        assert_eq!(parse_event("k9", "k99 ready"), None);
        let t = parse("f() -> TreeNode").unwrap();
        assert_eq!(
            decode_output(&t, &input(&t, "[]"), "3 1 null 2")
                .unwrap()
                .to_string(),
            "[1,null,2]"
        );
        let fl = parse("f() -> float").unwrap();
        assert!(decode_output(&fl, &input(&fl, "[]"), "NaN").is_err());
    }
}
