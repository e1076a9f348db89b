from typing import Optional


def reverse_k_group(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    before = dummy
    while True:
        # Is there a full group after `before`? `after` ends on the node following it.
        after = before.next
        for _ in range(k):
            if after is None:
                return dummy.next
            after = after.next
        # Reverse the group; starting prev at `after` links its new last node to the rest.
        first = before.next
        prev, cur = after, first
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        before.next = prev
        before = first
