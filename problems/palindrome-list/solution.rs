use crate::prelude::*;

pub fn is_palindrome_list(mut head: Option<Box<ListNode>>) -> bool {
    let mut n = 0;
    let mut cur = head.as_deref();
    while let Some(node) = cur {
        n += 1;
        cur = node.next.as_deref();
    }
    // Detach the second half: the last n / 2 nodes.
    let mut tail = &mut head;
    for _ in 0..n - n / 2 {
        match tail {
            Some(node) => tail = &mut node.next,
            None => break,
        }
    }
    let mut second = tail.take();
    // Reverse it by relinking the owned nodes.
    let mut reversed = None;
    while let Some(mut node) = second {
        second = node.next.take();
        node.next = reversed;
        reversed = Some(node);
    }
    // Compare the first half with the reversed second half.
    let (mut a, mut b) = (head.as_deref(), reversed.as_deref());
    while let (Some(x), Some(y)) = (a, b) {
        if x.val != y.val {
            return false;
        }
        a = x.next.as_deref();
        b = y.next.as_deref();
    }
    true
}
