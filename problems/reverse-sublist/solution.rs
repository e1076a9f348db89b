use crate::prelude::*;

pub fn reverse_between(
    head: Option<Box<ListNode>>,
    left: i64,
    right: i64,
) -> Option<Box<ListNode>> {
    let mut dummy = Box::new(ListNode { val: 0, next: head });
    // The node just before the stretch (the dummy when the stretch starts at the head).
    let mut before = &mut dummy;
    for _ in 1..left {
        before = before.next.as_mut().expect("left is within the list");
    }
    // Detach the stretch node by node, pushing each onto the front of `reversed`.
    let mut rest = before.next.take();
    let mut reversed: Option<Box<ListNode>> = None;
    for _ in left..=right {
        let mut node = rest.expect("right is within the list");
        rest = node.next.take();
        node.next = reversed;
        reversed = Some(node);
    }
    // Link the reversed stretch in, then the rest after its last node.
    before.next = reversed;
    let mut tail = before;
    while tail.next.is_some() {
        tail = tail.next.as_mut().unwrap();
    }
    tail.next = rest;
    dummy.next
}
