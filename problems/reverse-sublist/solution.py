from typing import Optional


def reverse_between(head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    before = dummy
    for _ in range(left - 1):
        before = before.next
    prev, cur = None, before.next
    for _ in range(right - left + 1):
        cur.next, prev, cur = prev, cur, cur.next
    # before.next is the stretch's old first node, now its last.
    before.next.next = cur
    before.next = prev
    return dummy.next
