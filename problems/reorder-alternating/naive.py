from typing import Optional


def reorder_list(head: Optional[ListNode]) -> Optional[ListNode]:
    """Walks to the end to detach the last node and moves it after the current node, once per
    position."""
    cur = head
    while cur and cur.next and cur.next.next:
        before_last = cur
        while before_last.next.next:
            before_last = before_last.next
        last, before_last.next = before_last.next, None
        last.next, cur.next = cur.next, last
        cur = last.next
    return head
