use crate::prelude::*;

pub fn list_middle(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    // The fast walker moves two nodes per step over a shared borrow and counts the steps.
    let mut steps = 0;
    let mut fast = head.as_deref();
    while let Some(next) = fast.and_then(|node| node.next.as_deref()) {
        fast = next.next.as_deref();
        steps += 1;
    }
    // The slow walker then owns the list and moves one node per step.
    let mut slow = head;
    for _ in 0..steps {
        slow = slow.and_then(|node| node.next);
    }
    slow
}
