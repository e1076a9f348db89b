from typing import Optional


def reorder_list(head: Optional[ListNode]) -> Optional[ListNode]:
    if not head or not head.next:
        return head
    # slow stops at the last node of the front half (the middle one when the count is odd).
    slow = fast = head
    while fast.next and fast.next.next:
        slow, fast = slow.next, fast.next.next
    back, slow.next = slow.next, None
    prev = None
    while back:
        back.next, prev, back = prev, back, back.next
    front, back = head, prev
    while back:
        front_next, back_next = front.next, back.next
        front.next, back.next = back, front_next
        front, back = front_next, back_next
    return head
