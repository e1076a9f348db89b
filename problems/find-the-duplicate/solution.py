def find_duplicate(nums: list[int]) -> int:
    # The walk 0 -> nums[0] -> ... enters a cycle whose entrance is the repeated value.
    slow = fast = 0
    while True:
        slow = nums[slow]
        fast = nums[nums[fast]]
        if slow == fast:
            break
    slow = 0
    while slow != fast:
        slow = nums[slow]
        fast = nums[fast]
    return slow
