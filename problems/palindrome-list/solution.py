from typing import Optional


def is_palindrome_list(head: Optional[ListNode]) -> bool:
    # Find the second half: slow ends at node n // 2 (0-based).
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    # Reverse the second half in place.
    prev = None
    while slow:
        slow.next, prev, slow = prev, slow, slow.next
    # Compare the first half with the reversed second half.
    left, right = head, prev
    while right:
        if left.val != right.val:
            return False
        left, right = left.next, right.next
    return True
