// The types a Rust solution uses for linked lists and binary trees. This file is both compiled
// into swelearn (for the built-in references) and written into every Rust harness, so the two
// always agree.

/// A node of a singly linked list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListNode {
    pub val: i64,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    pub fn new(val: i64) -> Self {
        ListNode { val, next: None }
    }
}

/// A node of a binary tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i64,
    pub left: Option<Box<TreeNode>>,
    pub right: Option<Box<TreeNode>>,
}

impl TreeNode {
    pub fn new(val: i64) -> Self {
        TreeNode {
            val,
            left: None,
            right: None,
        }
    }
}
