from typing import Optional


def reverse_between(head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
    """Swaps the values of the outermost pair of the stretch, then the next pair inwards,
    walking from the head to both nodes of every pair."""

    def node_at(position: int) -> ListNode:
        cur = head
        for _ in range(position - 1):
            cur = cur.next
        return cur

    i, j = left, right
    while i < j:
        a, b = node_at(i), node_at(j)
        a.val, b.val = b.val, a.val
        i, j = i + 1, j - 1
    return head
