from typing import Optional


def is_palindrome_list(head: Optional[ListNode]) -> bool:
    """Compares the i-th node with the i-th from the end, walking from the head each time."""
    n = 0
    node = head
    while node:
        n += 1
        node = node.next

    def at(k: int) -> ListNode:
        node = head
        for _ in range(k):
            node = node.next
        return node

    return all(at(i).val == at(n - 1 - i).val for i in range(n // 2))
