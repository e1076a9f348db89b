use crate::prelude::*;

pub fn remove_nth_from_end(mut head: Option<Box<ListNode>>, k: i64) -> Option<Box<ListNode>> {
    let mut n = 0;
    let mut cur = head.as_deref();
    while let Some(node) = cur {
        n += 1;
        cur = node.next.as_deref();
    }
    // Walk a mutable cursor to the link that holds the k-th node from the back.
    let mut link = &mut head;
    for _ in 0..n - k {
        match link {
            Some(node) => link = &mut node.next,
            None => break,
        }
    }
    if let Some(node) = link.take() {
        *link = node.next;
    }
    head
}
