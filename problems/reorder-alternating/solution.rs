use crate::prelude::*;

pub fn reorder_list(mut head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    let mut n = 0_usize;
    let mut cur = head.as_deref();
    while let Some(node) = cur {
        n += 1;
        cur = node.next.as_deref();
    }
    if n < 3 {
        return head;
    }
    // Cut after the front half: the first ceil(n / 2) nodes.
    let mut last_front = head.as_mut().unwrap();
    for _ in 1..n.div_ceil(2) {
        last_front = last_front.next.as_mut().unwrap();
    }
    let mut rest = last_front.next.take();
    // Reverse the back half.
    let mut back = None;
    while let Some(mut node) = rest {
        rest = node.next.take();
        node.next = back;
        back = Some(node);
    }
    // Weave: one node from the front half, then one from the reversed back half.
    let mut front = head;
    let mut dummy = ListNode::new(0);
    let mut tail = &mut dummy;
    while let Some(mut a) = front {
        front = a.next.take();
        tail = tail.next.insert(a).as_mut();
        if let Some(mut b) = back {
            back = b.next.take();
            tail = tail.next.insert(b).as_mut();
        }
    }
    dummy.next
}
