from typing import Optional


def merge_two_lists(
    first: Optional[ListNode], second: Optional[ListNode]
) -> Optional[ListNode]:
    """Inserts each node of `second` into `first`, walking from the head every time."""
    head = first
    while second:
        node, second = second, second.next
        if head is None or node.val < head.val:
            node.next, head = head, node
            continue
        cur = head
        while cur.next and cur.next.val <= node.val:
            cur = cur.next
        node.next, cur.next = cur.next, node
    return head
