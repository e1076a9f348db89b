//! Shipping a Tree Between Services: the reference's binding and the large cases.

use crate::support::*;

class!(TreeCodec {
    new();
    serialize(root: Option<Box<TreeNode>>) -> String;
    deserialize(data: String) -> Option<Box<TreeNode>>;
});

/// Serializes a tree given in level order and deserializes its text back.
fn round_trip(level: &[Option<i64>]) -> Input {
    let text = super::solution::TreeCodec::new().serialize(tree_from_level_order(level));
    Input::Calls(vec![
        Call {
            method: "TreeCodec".into(),
            args: vec![],
        },
        Call {
            method: "serialize".into(),
            args: vec![tree_value(level)],
        },
        Call {
            method: "deserialize".into(),
            args: vec![Value::Str(text)],
        },
    ])
}

/// A path of 100,000 nodes and a random tree of 100,000 nodes, each written and read back.
/// Reading by removing the first token from a list each time moves 10^10 list entries.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let vals = ints(rng, n, -1_000_000_000, 1_000_000_000);
    vec![
        round_trip(&deep_tree(n, &vals)),
        round_trip(&random_tree(rng, n, -1_000_000_000, 1_000_000_000)),
    ]
}
