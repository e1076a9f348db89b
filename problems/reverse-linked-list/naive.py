from typing import Optional


def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    """Builds the reversed list by walking from the head to the k-th node for every k, from the
    last one back to the first."""
    n, cur = 0, head
    while cur:
        n, cur = n + 1, cur.next
    dummy = tail = ListNode()
    for k in range(n - 1, -1, -1):
        cur = head
        for _ in range(k):
            cur = cur.next
        tail.next = ListNode(cur.val)
        tail = tail.next
    return dummy.next
