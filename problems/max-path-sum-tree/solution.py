from typing import Optional


def max_path_sum(root: Optional[TreeNode]) -> int:
    # Pre-order list; processed backwards, every node comes after its children.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(c for c in (node.left, node.right) if c)
    gain = {}  # node -> best sum of a path starting at it and going down
    best = root.val
    for node in reversed(order):
        left = max(0, gain[node.left]) if node.left else 0
        right = max(0, gain[node.right]) if node.right else 0
        gain[node] = node.val + max(left, right)
        best = max(best, node.val + left + right)
    return best
