//! What a problem's `builtin.rs` uses: conversions between test values and Rust types, the
//! `function!` and `class!` macros that bind a reference to its signature, and helpers that
//! generate large random inputs.

pub use fastrand::Rng;
pub use swelearn_core::problem::{Call, Input, Value};

pub use crate::prelude::{ListNode, TreeNode};
pub use crate::{args, class, function};

/// A Rust value read from a test value.
pub trait FromValue: Sized {
    fn from_value(v: &Value) -> Result<Self, String>;
}

/// A Rust value written as a test value.
pub trait IntoValue {
    fn into_value(self) -> Value;
}

fn wrong(want: &str, v: &Value) -> String {
    format!("expected {want}, found {}", v.describe())
}

impl FromValue for i64 {
    fn from_value(v: &Value) -> Result<Self, String> {
        match v {
            Value::Int(i) => Ok(*i),
            _ => Err(wrong("an integer", v)),
        }
    }
}

impl FromValue for f64 {
    fn from_value(v: &Value) -> Result<Self, String> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            _ => Err(wrong("a number", v)),
        }
    }
}

impl FromValue for bool {
    fn from_value(v: &Value) -> Result<Self, String> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(wrong("a boolean", v)),
        }
    }
}

impl FromValue for String {
    fn from_value(v: &Value) -> Result<Self, String> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(wrong("a string", v)),
        }
    }
}

impl FromValue for char {
    fn from_value(v: &Value) -> Result<Self, String> {
        match v {
            Value::Str(s) if s.chars().count() == 1 => Ok(s.chars().next().unwrap_or('\0')),
            _ => Err(wrong("a character", v)),
        }
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(v: &Value) -> Result<Self, String> {
        match v {
            Value::Array(items) => items.iter().map(T::from_value).collect(),
            _ => Err(wrong("an array", v)),
        }
    }
}

impl FromValue for Option<Box<ListNode>> {
    fn from_value(v: &Value) -> Result<Self, String> {
        let values: Vec<i64> = FromValue::from_value(v)?;
        let mut head = None;
        for val in values.into_iter().rev() {
            head = Some(Box::new(ListNode { val, next: head }));
        }
        Ok(head)
    }
}

impl FromValue for Option<Box<TreeNode>> {
    fn from_value(v: &Value) -> Result<Self, String> {
        let Value::Array(items) = v else {
            return Err(wrong("a tree", v));
        };
        let vals: Vec<Option<i64>> = items
            .iter()
            .map(|x| match x {
                Value::Int(i) => Ok(Some(*i)),
                Value::Null => Ok(None),
                other => Err(wrong("a node value or null", other)),
            })
            .collect::<Result<_, _>>()?;
        Ok(tree_from_level_order(&vals))
    }
}

/// Builds a tree from its level-order form (`None` for a missing child).
pub fn tree_from_level_order(vals: &[Option<i64>]) -> Option<Box<TreeNode>> {
    // Nodes in level order with each one's parent slot: built bottom-up so no node is shared.
    let mut nodes: Vec<Option<TreeNode>> = vals.iter().map(|v| v.map(TreeNode::new)).collect();
    if nodes.first().is_none_or(Option::is_none) {
        return None;
    }
    // children[i] = (left index, right index) in `nodes`.
    let mut children: Vec<(Option<usize>, Option<usize>)> = vec![(None, None); nodes.len()];
    let mut next = 1;
    for i in 0..nodes.len() {
        if nodes[i].is_none() {
            continue;
        }
        for side in 0..2 {
            if next < nodes.len() {
                if nodes[next].is_some() {
                    if side == 0 {
                        children[i].0 = Some(next);
                    } else {
                        children[i].1 = Some(next);
                    }
                }
                next += 1;
            }
        }
    }
    // Attach children to parents from the last node back, so each subtree is complete first.
    for i in (0..nodes.len()).rev() {
        let (l, r) = children[i];
        let left = l.and_then(|j| nodes[j].take()).map(Box::new);
        let right = r.and_then(|j| nodes[j].take()).map(Box::new);
        if let Some(n) = nodes[i].as_mut() {
            n.left = left;
            n.right = right;
        }
    }
    nodes[0].take().map(Box::new)
}

/// The level-order form of a tree, trailing nulls trimmed.
pub fn tree_to_level_order(root: Option<&TreeNode>) -> Vec<Option<i64>> {
    let mut out = Vec::new();
    let mut queue = std::collections::VecDeque::new();
    queue.push_back(root);
    while let Some(node) = queue.pop_front() {
        match node {
            Some(n) => {
                out.push(Some(n.val));
                queue.push_back(n.left.as_deref());
                queue.push_back(n.right.as_deref());
            }
            None => out.push(None),
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    out
}

impl IntoValue for i64 {
    fn into_value(self) -> Value {
        Value::Int(self)
    }
}

impl IntoValue for f64 {
    fn into_value(self) -> Value {
        Value::Float(self)
    }
}

impl IntoValue for bool {
    fn into_value(self) -> Value {
        Value::Bool(self)
    }
}

impl IntoValue for String {
    fn into_value(self) -> Value {
        Value::Str(self)
    }
}

impl IntoValue for char {
    fn into_value(self) -> Value {
        Value::Str(self.to_string())
    }
}

impl IntoValue for Value {
    fn into_value(self) -> Value {
        self
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self) -> Value {
        Value::Array(self.into_iter().map(IntoValue::into_value).collect())
    }
}

impl IntoValue for Option<Box<ListNode>> {
    fn into_value(self) -> Value {
        let mut out = Vec::new();
        let mut cur = self;
        while let Some(node) = cur {
            out.push(Value::Int(node.val));
            cur = node.next;
        }
        Value::Array(out)
    }
}

impl IntoValue for Option<Box<TreeNode>> {
    fn into_value(self) -> Value {
        let vals = tree_to_level_order(self.as_deref());
        // Drop a deep tree without recursing through it.
        let mut stack: Vec<Box<TreeNode>> = self.into_iter().collect();
        while let Some(mut n) = stack.pop() {
            stack.extend(n.left.take());
            stack.extend(n.right.take());
        }
        Value::Array(
            vals.into_iter()
                .map(|v| v.map_or(Value::Null, Value::Int))
                .collect(),
        )
    }
}

/// Reads the next argument of a call.
pub fn arg<T: FromValue>(args: &mut std::slice::Iter<'_, Value>, name: &str) -> Result<T, String> {
    let v = args
        .next()
        .ok_or_else(|| format!("missing argument `{name}`"))?;
    T::from_value(v).map_err(|e| format!("{name}: {e}"))
}

/// Binds a function reference: `function!(two_sum(nums: Vec<i64>, target: i64) -> Vec<i64>);`
/// defines `run`, which calls `super::solution::two_sum`.
#[macro_export]
macro_rules! function {
    ($name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty) => {
        /// Runs the reference on one input.
        pub fn run(input: &$crate::support::Input) -> Result<$crate::Ran, String> {
            let $crate::support::Input::Args(args) = input else {
                return Err("a function is called with arguments, not calls".into());
            };
            let mut _it = args.iter();
            $( let $arg: $ty = $crate::support::arg(&mut _it, stringify!($arg))?; )*
            let start = std::time::Instant::now();
            let out: $ret = super::solution::$name($($arg),*);
            let elapsed = start.elapsed();
            Ok($crate::Ran { value: $crate::support::IntoValue::into_value(out), elapsed })
        }
    };
}

/// Binds a class reference: `class!(LruCache { new(capacity: i64); get(key: i64) -> i64;
/// put(key: i64, value: i64); });` defines `run`, which replays the calls.
#[macro_export]
macro_rules! class {
    ($class:ident { new ( $($carg:ident : $cty:ty),* $(,)? ) ; $( $m:ident ( $($arg:ident : $ty:ty),* $(,)? ) $(-> $ret:ty)? ; )* }) => {
        /// Replays a sequence of calls on the reference.
        pub fn run(input: &$crate::support::Input) -> Result<$crate::Ran, String> {
            let $crate::support::Input::Calls(calls) = input else {
                return Err("a class is driven by calls".into());
            };
            let Some((first, rest)) = calls.split_first() else {
                return Err("no constructor call".into());
            };
            let mut _it = first.args.iter();
            $( let $carg: $cty = $crate::support::arg(&mut _it, stringify!($carg))?; )*
            let mut elapsed = std::time::Duration::ZERO;
            let start = std::time::Instant::now();
            #[allow(unused_mut)]
            let mut obj = super::solution::$class::new($($carg),*);
            elapsed += start.elapsed();
            let mut out = Vec::with_capacity(calls.len());
            out.push($crate::support::Value::Null);
            for call in rest {
                let mut _it = call.args.iter();
                match call.method.as_str() {
                    $( stringify!($m) => {
                        $( let $arg: $ty = $crate::support::arg(&mut _it, stringify!($arg))?; )*
                        let start = std::time::Instant::now();
                        let _r = obj.$m($($arg),*);
                        elapsed += start.elapsed();
                        out.push($crate::class!(@ret _r $(, $ret)?));
                    } )*
                    other => return Err(format!("no method `{other}`")),
                }
            }
            Ok($crate::Ran { value: $crate::support::Value::Array(out), elapsed })
        }
    };
    (@ret $r:ident) => {{
        let () = $r;
        $crate::support::Value::Null
    }};
    (@ret $r:ident, $ret:ty) => {{
        let v: $ret = $r;
        $crate::support::IntoValue::into_value(v)
    }};
}

/// Arguments for a function input: `args![nums, target]` converts each with `IntoValue`.
#[macro_export]
macro_rules! args {
    ($($v:expr),* $(,)?) => {
        $crate::support::Input::Args(vec![$($crate::support::IntoValue::into_value($v)),*])
    };
}

/// `n` integers drawn uniformly from `lo..=hi`.
pub fn ints(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    (0..n).map(|_| rng.i64(lo..=hi)).collect()
}

/// `n` distinct integers from `lo..=hi`, in random order (`hi - lo + 1` must be at least `n`).
pub fn distinct_ints(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut seen = std::collections::HashSet::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let x = rng.i64(lo..=hi);
        if seen.insert(x) {
            out.push(x);
        }
    }
    out
}

/// A string of `n` characters drawn from `alphabet`.
pub fn string(rng: &mut Rng, n: usize, alphabet: &str) -> String {
    let chars: Vec<char> = alphabet.chars().collect();
    (0..n).map(|_| chars[rng.usize(..chars.len())]).collect()
}

/// A random tree shape with `n` nodes and values from `lo..=hi`, in level order.
pub fn random_tree(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<Option<i64>> {
    // Attach each new node to a random free child slot.
    let mut slots: Vec<(usize, bool)> = Vec::new();
    let mut kids: Vec<[Option<usize>; 2]> = Vec::with_capacity(n);
    for i in 0..n {
        kids.push([None, None]);
        if i > 0 {
            let k = rng.usize(..slots.len());
            let (parent, right) = slots.swap_remove(k);
            kids[parent][usize::from(right)] = Some(i);
        }
        slots.push((i, false));
        slots.push((i, true));
    }
    level_order_of(&kids, &ints(rng, n, lo, hi))
}

/// A path-shaped (maximally deep) tree of `n` nodes leaning right.
pub fn deep_tree(n: usize, vals: &[i64]) -> Vec<Option<i64>> {
    let kids: Vec<[Option<usize>; 2]> = (0..n)
        .map(|i| [None, (i + 1 < n).then_some(i + 1)])
        .collect();
    level_order_of(&kids, vals)
}

/// The tree given by `kids` (node 0 the root; each node's left and right child) with values
/// `vals`, in level order with `null`s and no trailing ones.
pub fn level_order_of(kids: &[[Option<usize>; 2]], vals: &[i64]) -> Vec<Option<i64>> {
    let mut out = Vec::new();
    if kids.is_empty() {
        return out;
    }
    let mut queue = std::collections::VecDeque::from([Some(0usize)]);
    while let Some(node) = queue.pop_front() {
        match node {
            Some(i) => {
                out.push(Some(vals[i]));
                queue.push_back(kids[i][0]);
                queue.push_back(kids[i][1]);
            }
            None => out.push(None),
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    out
}

/// A tree in level order as a test value.
pub fn tree_value(vals: &[Option<i64>]) -> Value {
    Value::Array(
        vals.iter()
            .map(|v| v.map_or(Value::Null, Value::Int))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trees_round_trip_through_level_order() {
        let vals = [Some(1), None, Some(2), Some(3)];
        let t = tree_from_level_order(&vals);
        assert_eq!(tree_to_level_order(t.as_deref()), vals);
        let mut rng = Rng::with_seed(3);
        let r = random_tree(&mut rng, 500, 0, 9);
        assert_eq!(r.iter().filter(|v| v.is_some()).count(), 500);
        assert_eq!(tree_to_level_order(tree_from_level_order(&r).as_deref()), r);
        let d = deep_tree(100_000, &vec![7; 100_000]);
        let t = tree_from_level_order(&d);
        assert_eq!(t.into_value().as_array().map(<[Value]>::len), Some(d.len()));
    }
}
