//! Whether an output is right: exactly equal (floats within a tolerance), equal in any order, or
//! accepted by a problem's own checker when several answers are right. A wrong output is
//! described by the first place it differs, so the verdict can mark it.

use std::cmp::Ordering;

use crate::problem::value::Value;

/// How outputs are compared, as a problem's front matter names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Compare {
    /// Equal values; floats within the tolerance.
    #[default]
    Exact,
    /// The result array's items in any order.
    Unordered,
    /// The result array's items in any order, and each item's own items in any order (groups,
    /// subsets, combinations).
    UnorderedNested,
    /// A checker built into swelearn decides (bundled problems with several right answers).
    Checker,
}

impl Compare {
    pub const ALL: &'static [(&'static str, Compare)] = &[
        ("exact", Compare::Exact),
        ("unordered", Compare::Unordered),
        ("unordered-nested", Compare::UnorderedNested),
        ("checker", Compare::Checker),
    ];

    pub fn parse(s: &str) -> Option<Compare> {
        Self::ALL.iter().find(|(n, _)| *n == s).map(|(_, c)| *c)
    }

    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, c)| *c == self)
            .map_or("exact", |(n, _)| n)
    }
}

/// Where two values first differ: a path of array indexes, and the character offsets of that
/// place in each value's compact JSON (as [`Value`]'s `Display` writes it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub path: Vec<usize>,
    pub expected_at: usize,
    pub got_at: usize,
    /// What differs, for people: "item [2]: expected 5, got 4".
    pub message: String,
}

fn floats_close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * 1f64.max(a.abs().max(b.abs()))
}

/// Equality with the float tolerance.
pub fn equal(a: &Value, b: &Value, tol: f64) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => floats_close(*x, *y, tol),
        (Value::Float(x), Value::Int(y)) | (Value::Int(y), Value::Float(x)) => {
            floats_close(*x, *y as f64, tol)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| equal(p, q, tol))
        }
        _ => a == b,
    }
}

fn sorted(v: &Value, nested: bool) -> Value {
    match v {
        Value::Array(items) => {
            let mut items: Vec<Value> = if nested {
                items.iter().map(|i| sorted(i, false)).collect()
            } else {
                items.clone()
            };
            items.sort_by(Value::canonical_cmp);
            Value::Array(items)
        }
        other => other.clone(),
    }
}

/// Compares an output with the expected one under a mode (the checker mode is decided elsewhere
/// and compares exactly here). `None` means right.
pub fn compare(mode: Compare, tol: f64, expected: &Value, got: &Value) -> Option<Difference> {
    let (e, g) = match mode {
        Compare::Unordered => (sorted(expected, false), sorted(got, false)),
        Compare::UnorderedNested => (sorted(expected, true), sorted(got, true)),
        Compare::Exact | Compare::Checker => (expected.clone(), got.clone()),
    };
    if equal(&e, &g, tol) {
        return None;
    }
    let mut path = Vec::new();
    let message = first_difference(&e, &g, tol, &mut path);
    let ordered_note = match mode {
        Compare::Unordered | Compare::UnorderedNested => {
            " (after sorting both, since order does not matter)"
        }
        _ => "",
    };
    Some(Difference {
        expected_at: offset_of(&e, &path),
        got_at: offset_of(&g, &path),
        message: format!("{message}{ordered_note}"),
        path,
    })
}

fn first_difference(e: &Value, g: &Value, tol: f64, path: &mut Vec<usize>) -> String {
    let at = |path: &[usize]| -> String {
        if path.is_empty() {
            String::new()
        } else {
            let p: String = path
                .iter()
                .map(|i| format!("[{i}]"))
                .collect::<Vec<_>>()
                .concat();
            format!("at {p}: ")
        }
    };
    if let (Value::Array(x), Value::Array(y)) = (e, g) {
        for (i, (p, q)) in x.iter().zip(y).enumerate() {
            if !equal(p, q, tol) {
                path.push(i);
                return first_difference(p, q, tol, path);
            }
        }
        let n = x.len().min(y.len());
        path.push(n);
        return match x.len().cmp(&y.len()) {
            Ordering::Greater => format!(
                "{}expected {} item(s), got {} (missing {})",
                at(&path[..path.len() - 1]),
                x.len(),
                y.len(),
                x[n]
            ),
            _ => format!(
                "{}expected {} item(s), got {} (extra {})",
                at(&path[..path.len() - 1]),
                x.len(),
                y.len(),
                y[n]
            ),
        };
    }
    format!("{}expected {e}, got {g}", at(path))
}

/// The character offset in `v`'s compact JSON where the item at `path` starts (or where it would
/// be, for a missing item: the end of the array's text before its `]`).
pub fn offset_of(v: &Value, path: &[usize]) -> usize {
    let Some((&first, rest)) = path.split_first() else {
        return 0;
    };
    let Value::Array(items) = v else {
        return 0;
    };
    let mut offset = 1; // "["
    for item in items.iter().take(first) {
        offset += item.to_string().chars().count() + 1; // the item and its ","
    }
    if first >= items.len() {
        return offset.saturating_sub(usize::from(first > 0));
    }
    offset + offset_of(&items[first], rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Value {
        Value::parse_json(s).unwrap()
    }

    #[test]
    fn exact_comparison_marks_the_first_difference() {
        assert!(compare(Compare::Exact, 1e-6, &v("[1,2,3]"), &v("[1,2,3]")).is_none());
        let d = compare(Compare::Exact, 1e-6, &v("[1,[2,3],4]"), &v("[1,[2,5],4]")).unwrap();
        assert_eq!(d.path, vec![1, 1]);
        assert_eq!(d.message, "at [1][1]: expected 3, got 5");
        assert_eq!((d.expected_at, d.got_at), (6, 6));
        assert_eq!(&"[1,[2,5],4]"[d.got_at..=d.got_at], "5");
        let d = compare(Compare::Exact, 1e-6, &v("[1,2]"), &v("[1]")).unwrap();
        assert_eq!(d.message, "expected 2 item(s), got 1 (missing 2)");
        let d = compare(Compare::Exact, 1e-6, &v("\"ab\""), &v("\"ac\"")).unwrap();
        assert_eq!(d.message, "expected \"ab\", got \"ac\"");
    }

    #[test]
    fn floats_use_a_relative_tolerance() {
        assert!(compare(Compare::Exact, 1e-6, &v("1000000.0"), &v("1000000.5")).is_none());
        assert!(compare(Compare::Exact, 1e-6, &v("0.5"), &v("0.5000001")).is_none());
        assert!(compare(Compare::Exact, 1e-6, &v("0.5"), &v("0.501")).is_some());
    }

    #[test]
    fn unordered_modes_ignore_order_at_their_depth() {
        assert!(
            compare(
                Compare::Unordered,
                0.0,
                &v("[[1,2],[3]]"),
                &v("[[3],[1,2]]")
            )
            .is_none()
        );
        assert!(
            compare(
                Compare::Unordered,
                0.0,
                &v("[[1,2],[3]]"),
                &v("[[3],[2,1]]")
            )
            .is_some()
        );
        assert!(
            compare(
                Compare::UnorderedNested,
                0.0,
                &v("[[1,2],[3]]"),
                &v("[[3],[2,1]]")
            )
            .is_none()
        );
        assert!(compare(Compare::Unordered, 0.0, &v("[1,1,2]"), &v("[1,2,2]")).is_some());
    }
}
