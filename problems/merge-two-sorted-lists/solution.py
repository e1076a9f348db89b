from typing import Optional


def merge_two_lists(
    first: Optional[ListNode], second: Optional[ListNode]
) -> Optional[ListNode]:
    dummy = tail = ListNode()
    while first and second:
        if first.val <= second.val:
            tail.next, first = first, first.next
        else:
            tail.next, second = second, second.next
        tail = tail.next
    tail.next = first or second
    return dummy.next
