//! Test cases: what a solution is called with and what it must return. A function's input is its
//! arguments; a class's is a sequence of calls, the constructor first, and its output one result
//! per call (`null` for the constructor and for methods that return nothing).

use std::fmt;

use crate::problem::signature::{Param, Signature, Type};
use crate::problem::value::{Value, ValueError};

/// One call to a class: the method (the class name for the constructor) and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub method: String,
    pub args: Vec<Value>,
}

/// What a solution is run on.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A function's arguments, in order.
    Args(Vec<Value>),
    /// A class: the constructor call, then method calls.
    Calls(Vec<Call>),
}

/// Where a case comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CaseKind {
    /// From the statement's examples.
    Example,
    /// From the problem's hidden tests.
    Hidden,
    /// Generated at run time from a seed, expected output from the built-in reference.
    Large,
    /// The user's own extra cases.
    Mine,
}

impl CaseKind {
    pub fn name(self) -> &'static str {
        match self {
            CaseKind::Example => "example",
            CaseKind::Hidden => "hidden",
            CaseKind::Large => "large",
            CaseKind::Mine => "yours",
        }
    }
}

/// One test.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub kind: CaseKind,
    /// 1-based number within its kind.
    pub number: usize,
    pub input: Input,
    /// `None` when nothing says what is right (a user case of a problem with no built-in
    /// reference): the output is shown, not judged.
    pub expected: Option<Value>,
    /// What the case is about ("empty array"), if anyone said.
    pub note: String,
}

impl Case {
    /// "example 2", "hidden 14".
    pub fn label(&self) -> String {
        format!("{} {}", self.kind.name(), self.number)
    }
}

fn conform_args(params: &[Param], args: Vec<Value>, what: &str) -> Result<Vec<Value>, ValueError> {
    if args.len() != params.len() {
        return Err(ValueError(format!(
            "{what} takes {} argument(s) ({}), found {}",
            params.len(),
            params
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            args.len()
        )));
    }
    args.into_iter()
        .zip(params)
        .map(|(v, p)| {
            v.conform(&p.ty)
                .map_err(|e| ValueError(format!("{}: {e}", p.name)))
        })
        .collect()
}

impl Input {
    /// Reads an input in its JSON form: `[arg, ...]` for a function, `[["Class", arg, ...],
    /// ["method", arg, ...], ...]` for a class, checked against the signature.
    pub fn from_value(sig: &Signature, v: Value) -> Result<Input, ValueError> {
        let Value::Array(items) = v else {
            return Err(ValueError(format!(
                "an input is an array, found {}",
                v.describe()
            )));
        };
        match sig {
            Signature::Function(m) => Ok(Input::Args(conform_args(&m.params, items, &m.name)?)),
            Signature::Class { name, ctor, .. } => {
                let mut calls = Vec::with_capacity(items.len());
                for (i, call) in items.into_iter().enumerate() {
                    let Value::Array(parts) = call else {
                        return Err(ValueError(format!(
                            "call {}: write each call as [\"method\", args...]",
                            i + 1
                        )));
                    };
                    let mut parts = parts.into_iter();
                    let Some(Value::Str(method)) = parts.next() else {
                        return Err(ValueError(format!(
                            "call {}: a call starts with the method's name",
                            i + 1
                        )));
                    };
                    let args: Vec<Value> = parts.collect();
                    let args = if i == 0 {
                        if &method != name {
                            return Err(ValueError(format!(
                                "the first call must construct {name}, found `{method}`"
                            )));
                        }
                        conform_args(ctor, args, name)
                    } else if let Some((_, m)) = sig.method(&method) {
                        conform_args(&m.params, args, &method)
                    } else {
                        return Err(ValueError(format!(
                            "call {}: {name} has no method `{method}`",
                            i + 1
                        )));
                    }
                    .map_err(|e| ValueError(format!("call {}: {e}", i + 1)))?;
                    calls.push(Call { method, args });
                }
                if calls.is_empty() {
                    return Err(ValueError(format!(
                        "the calls must start by constructing {name}"
                    )));
                }
                Ok(Input::Calls(calls))
            }
        }
    }

    /// The JSON form of the input.
    pub fn to_value(&self) -> Value {
        match self {
            Input::Args(a) => Value::Array(a.clone()),
            Input::Calls(calls) => Value::Array(
                calls
                    .iter()
                    .map(|c| {
                        let mut parts = vec![Value::Str(c.method.clone())];
                        parts.extend(c.args.iter().cloned());
                        Value::Array(parts)
                    })
                    .collect(),
            ),
        }
    }

    /// Writes the input for people: `nums = [1,2], target = 3`, or `LruCache(2); put(1, 1)`.
    pub fn display(&self, sig: &Signature) -> String {
        let join = |args: &[Value]| {
            args.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (self, sig) {
            (Input::Args(args), Signature::Function(m)) => m
                .params
                .iter()
                .zip(args)
                .map(|(p, v)| format!("{} = {v}", p.name))
                .collect::<Vec<_>>()
                .join(", "),
            (Input::Calls(calls), _) => calls
                .iter()
                .map(|c| format!("{}({})", c.method, join(&c.args)))
                .collect::<Vec<_>>()
                .join("; "),
            (Input::Args(args), _) => join(args),
        }
    }

    /// The result type of each call of a class input, or the function's result type.
    pub fn result_types<'s>(&self, sig: &'s Signature) -> Vec<&'s Type> {
        match (self, sig) {
            (Input::Args(_), Signature::Function(m)) => vec![&m.ret],
            (Input::Calls(calls), Signature::Class { .. }) => calls
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    if i == 0 {
                        &Type::Void
                    } else {
                        sig.method(&c.method).map_or(&Type::Void, |(_, m)| &m.ret)
                    }
                })
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Checks an expected output against the signature (and, for a class, the calls).
pub fn conform_output(sig: &Signature, input: &Input, v: Value) -> Result<Value, ValueError> {
    match (sig, input) {
        (Signature::Function(m), _) => v.conform(&m.ret),
        (Signature::Class { .. }, Input::Calls(calls)) => {
            let Value::Array(items) = v else {
                return Err(ValueError(format!(
                    "a class's output is an array with one result per call, found {}",
                    v.describe()
                )));
            };
            if items.len() != calls.len() {
                return Err(ValueError(format!(
                    "there are {} calls but {} results: write null for the constructor and for methods that return nothing",
                    calls.len(),
                    items.len()
                )));
            }
            let types = input.result_types(sig);
            Ok(Value::Array(
                items
                    .into_iter()
                    .zip(types)
                    .enumerate()
                    .map(|(i, (v, t))| {
                        v.conform(t)
                            .map_err(|e| ValueError(format!("result {}: {e}", i + 1)))
                    })
                    .collect::<Result<_, _>>()?,
            ))
        }
        (Signature::Class { .. }, Input::Args(_)) => Err(ValueError(
            "a class problem's input is a list of calls".into(),
        )),
    }
}

impl fmt::Display for CaseKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::signature::parse;

    #[test]
    fn function_inputs_are_checked_against_the_signature() {
        let sig = parse("two_sum(nums: int[], target: int) -> int[]").unwrap();
        let i = Input::from_value(&sig, Value::parse_json("[[1,2],3]").unwrap()).unwrap();
        assert_eq!(i.display(&sig), "nums = [1,2], target = 3");
        let e = Input::from_value(&sig, Value::parse_json("[[1,2]]").unwrap()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "two_sum takes 2 argument(s) (nums, target), found 1"
        );
        let e = Input::from_value(&sig, Value::parse_json("[[1,2],\"3\"]").unwrap()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "target: expected int, found the string \"3\""
        );
    }

    #[test]
    fn class_inputs_and_outputs_line_up_call_by_call() {
        let sig =
            parse("class LruCache(capacity: int)\nget(key: int) -> int\nput(key: int, value: int)")
                .unwrap();
        let i = Input::from_value(
            &sig,
            Value::parse_json(r#"[["LruCache",2],["put",1,1],["get",1]]"#).unwrap(),
        )
        .unwrap();
        assert_eq!(i.display(&sig), "LruCache(2); put(1, 1); get(1)");
        assert!(conform_output(&sig, &i, Value::parse_json("[null,null,1]").unwrap()).is_ok());
        let e = conform_output(&sig, &i, Value::parse_json("[null,1,1]").unwrap()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "result 2: expected void, found the integer 1"
        );
        let e = Input::from_value(
            &sig,
            Value::parse_json(r#"[["LruCache",2],["pop"]]"#).unwrap(),
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "call 2: LruCache has no method `pop`");
        let e = Input::from_value(&sig, Value::parse_json(r#"[["get",1]]"#).unwrap()).unwrap_err();
        assert!(e.to_string().contains("must construct LruCache"));
    }
}
