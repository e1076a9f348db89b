//! Values of the signature types, as test files write them (JSON) and as the judge compares them:
//! integers, floats, booleans, strings, characters (one-character strings), arrays, linked lists
//! (arrays of their values) and binary trees (level order with `null` for a missing child).

use std::cmp::Ordering;
use std::fmt;

use crate::problem::signature::Type;

/// A test value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(Vec<Value>),
}

/// Why a JSON text is not a value of the expected type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ValueError(pub String);

impl Value {
    /// Reads a JSON value (integers must fit in 64 bits; floats must be finite).
    pub fn from_json(v: &serde_json::Value) -> Result<Value, ValueError> {
        Ok(match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Value::Int(i)
                } else if n.is_u64() {
                    return Err(ValueError(format!(
                        "{n} does not fit in a 64-bit signed integer"
                    )));
                } else {
                    Value::Float(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            serde_json::Value::String(s) => Value::Str(s.clone()),
            serde_json::Value::Array(a) => {
                Value::Array(a.iter().map(Value::from_json).collect::<Result<_, _>>()?)
            }
            serde_json::Value::Object(_) => {
                return Err(ValueError(
                    "objects are not values here: use arrays, numbers, strings, booleans or null"
                        .into(),
                ));
            }
        })
    }

    /// Parses JSON text into a value.
    pub fn parse_json(text: &str) -> Result<Value, ValueError> {
        let v: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ValueError(format!("not valid JSON: {e}")))?;
        Value::from_json(&v)
    }

    /// The value as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Value::Str(s) => serde_json::Value::String(s.clone()),
            Value::Array(a) => serde_json::Value::Array(a.iter().map(Value::to_json).collect()),
        }
    }

    /// Checks that the value is of type `ty`, converting where the JSON form is looser (an
    /// integer where a float is expected). Returns the value in its canonical form.
    pub fn conform(self, ty: &Type) -> Result<Value, ValueError> {
        let wrong = |v: &Value| ValueError(format!("expected {}, found {}", ty, v.describe()));
        match (ty, self) {
            (Type::Int, v @ Value::Int(_))
            | (Type::Bool, v @ Value::Bool(_))
            | (Type::Str, v @ Value::Str(_)) => Ok(v),
            (Type::Float, Value::Int(i)) => Ok(Value::Float(i as f64)),
            (Type::Float, Value::Float(f)) if f.is_finite() => Ok(Value::Float(f)),
            (Type::Char, Value::Str(s)) if s.chars().count() == 1 => Ok(Value::Str(s)),
            (Type::Void, Value::Null) => Ok(Value::Null),
            (Type::Array(inner), Value::Array(items)) => Ok(Value::Array(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| {
                        v.conform(inner)
                            .map_err(|e| ValueError(format!("[{i}]: {e}")))
                    })
                    .collect::<Result<_, _>>()?,
            )),
            (Type::List, Value::Array(items)) => {
                for (i, v) in items.iter().enumerate() {
                    if !matches!(v, Value::Int(_)) {
                        return Err(ValueError(format!(
                            "[{i}]: a linked list holds integers, found {}",
                            v.describe()
                        )));
                    }
                }
                Ok(Value::Array(items))
            }
            (Type::Tree, Value::Array(items)) => check_tree(items),
            (_, v) => Err(wrong(&v)),
        }
    }

    /// A short description for messages: "the string \"ab\"", "an array of 3".
    pub fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("the boolean {b}"),
            Value::Int(i) => format!("the integer {i}"),
            Value::Float(f) => format!("the number {f}"),
            Value::Str(s) if s.chars().count() > 40 => "a string".into(),
            Value::Str(s) => format!("the string {s:?}"),
            Value::Array(a) => format!("an array of {}", a.len()),
        }
    }

    /// A total order used to compare values regardless of order (floats by their bits' order).
    pub fn canonical_cmp(&self, other: &Value) -> Ordering {
        fn rank(v: &Value) -> u8 {
            match v {
                Value::Null => 0,
                Value::Bool(_) => 1,
                Value::Int(_) | Value::Float(_) => 2,
                Value::Str(_) => 3,
                Value::Array(_) => 4,
            }
        }
        match (self, other) {
            (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
            (Value::Int(a), Value::Int(b)) => a.cmp(b),
            (Value::Float(a), Value::Float(b)) => a.total_cmp(b),
            (Value::Int(a), Value::Float(b)) => (*a as f64).total_cmp(b),
            (Value::Float(a), Value::Int(b)) => a.total_cmp(&(*b as f64)),
            (Value::Str(a), Value::Str(b)) => a.cmp(b),
            (Value::Array(a), Value::Array(b)) => {
                for (x, y) in a.iter().zip(b) {
                    let o = x.canonical_cmp(y);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                a.len().cmp(&b.len())
            }
            _ => rank(self).cmp(&rank(other)),
        }
    }

    /// The items of an array value.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// A level-order tree: the root is not null unless the tree is empty, and no null has children.
fn check_tree(items: Vec<Value>) -> Result<Value, ValueError> {
    let mut items = items;
    while matches!(items.last(), Some(Value::Null)) {
        items.pop();
    }
    if matches!(items.first(), Some(Value::Null)) {
        return Err(ValueError("a tree whose root is null is written []".into()));
    }
    // Every non-null node takes the next two slots as its children.
    let mut slots = 1usize;
    for (i, v) in items.iter().enumerate() {
        if i >= slots {
            return Err(ValueError(format!(
                "[{i}]: the tree has more entries than its nodes have children"
            )));
        }
        match v {
            Value::Int(_) => slots += 2,
            Value::Null => {}
            other => {
                return Err(ValueError(format!(
                    "[{i}]: a tree holds integers and null, found {}",
                    other.describe()
                )));
            }
        }
    }
    Ok(Value::Array(items))
}

impl fmt::Display for Value {
    /// Compact JSON, as test files and verdicts show values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{}", serde_json::Value::from(*x)),
            Value::Str(s) => write!(f, "{}", serde_json::Value::String(s.clone())),
            Value::Array(a) => {
                f.write_str("[")?;
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str("]")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::signature::Type as T;

    fn arr(t: T) -> T {
        T::Array(Box::new(t))
    }

    #[test]
    fn json_round_trips_and_conforms() {
        let v = Value::parse_json("[1, -2, 3]").unwrap();
        assert_eq!(v.to_string(), "[1,-2,3]");
        assert!(v.clone().conform(&arr(T::Int)).is_ok());
        let f = Value::parse_json("[1, 2.5]")
            .unwrap()
            .conform(&arr(T::Float))
            .unwrap();
        assert_eq!(f, Value::Array(vec![Value::Float(1.0), Value::Float(2.5)]));
        assert!(
            Value::parse_json("\"ab\"")
                .unwrap()
                .conform(&T::Char)
                .is_err()
        );
        assert!(
            Value::parse_json("\"a\"")
                .unwrap()
                .conform(&T::Char)
                .is_ok()
        );
        assert!(Value::parse_json("9223372036854775808").is_err());
        assert!(Value::parse_json("{}").is_err());
        let e = Value::parse_json("[[1],[\"x\"]]")
            .unwrap()
            .conform(&arr(arr(T::Int)))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "[1]: [0]: expected int, found the string \"x\""
        );
    }

    #[test]
    fn trees_are_checked_and_trailing_nulls_trimmed() {
        let t = Value::parse_json("[1,null,2,3,null,null]")
            .unwrap()
            .conform(&T::Tree)
            .unwrap();
        assert_eq!(t.to_string(), "[1,null,2,3]");
        assert!(
            Value::parse_json("[null,1]")
                .unwrap()
                .conform(&T::Tree)
                .is_err()
        );
        // 1 has children null and 2; 2 has children 3 and 4; nothing is left for a 6th entry.
        assert!(
            Value::parse_json("[1,null,2,3,4,5,6,7]")
                .unwrap()
                .conform(&T::Tree)
                .is_ok()
        );
        assert!(
            Value::parse_json("[1,null,null,5]")
                .unwrap()
                .conform(&T::Tree)
                .is_err()
        );
        assert_eq!(
            Value::parse_json("[]").unwrap().conform(&T::Tree).unwrap(),
            Value::Array(vec![])
        );
    }

    #[test]
    fn canonical_order_is_total() {
        let mut v = [
            Value::parse_json("[2,1]").unwrap(),
            Value::parse_json("[1,2,3]").unwrap(),
            Value::parse_json("[1,2]").unwrap(),
        ];
        v.sort_by(Value::canonical_cmp);
        assert_eq!(
            v.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["[1,2]", "[1,2,3]", "[2,1]"]
        );
    }
}
