use crate::prelude::*;

pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i64) -> Option<Box<ListNode>> {
    let k = k as usize;
    let mut rest = head;
    let mut dummy = ListNode::new(0);
    // The last node of the processed prefix.
    let mut tail = &mut dummy;
    loop {
        // Is there a full group left?
        let mut count = 0;
        let mut probe = rest.as_deref();
        while let Some(node) = probe {
            if count == k {
                break;
            }
            count += 1;
            probe = node.next.as_deref();
        }
        if count < k {
            // The short tail keeps its order.
            tail.next = rest;
            return dummy.next;
        }
        // Detach the group node by node, pushing each onto the front of `group`.
        let mut group: Option<Box<ListNode>> = None;
        for _ in 0..k {
            let mut node = rest.expect("the group was counted");
            rest = node.next.take();
            node.next = group;
            group = Some(node);
        }
        tail.next = group;
        for _ in 0..k {
            tail = tail.next.as_deref_mut().expect("the group has k nodes");
        }
    }
}
