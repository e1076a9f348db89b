from typing import Optional


def reverse_k_group(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    """Swaps values pair by pair inside each full group, walking from the head to both nodes of
    every pair."""
    n, cur = 0, head
    while cur:
        n, cur = n + 1, cur.next

    def node_at(position: int) -> ListNode:
        node = head
        for _ in range(position):
            node = node.next
        return node

    for start in range(0, n - n % k, k):
        i, j = start, start + k - 1
        while i < j:
            a, b = node_at(i), node_at(j)
            a.val, b.val = b.val, a.val
            i, j = i + 1, j - 1
    return head
