use crate::prelude::*;

pub fn merge_two_lists(
    mut first: Option<Box<ListNode>>,
    mut second: Option<Box<ListNode>>,
) -> Option<Box<ListNode>> {
    let mut head = None;
    let mut tail = &mut head;
    while let (Some(a), Some(b)) = (first.as_ref(), second.as_ref()) {
        // Detach the smaller head (the first list's on a tie) and link it after the tail.
        let from = if a.val <= b.val {
            &mut first
        } else {
            &mut second
        };
        let mut node = from.take().unwrap();
        *from = node.next.take();
        tail = &mut tail.insert(node).next;
    }
    *tail = first.or(second);
    head
}
