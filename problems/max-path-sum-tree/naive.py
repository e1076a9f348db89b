from typing import Optional


def best_down(node: Optional[TreeNode]) -> int:
    """Best sum of a path going down from `node` (0 for no node): walks its whole subtree."""
    if node is None:
        return 0
    order, stack = [], [node]
    while stack:
        n = stack.pop()
        order.append(n)
        stack.extend(c for c in (n.left, n.right) if c)
    gain = {}
    for n in reversed(order):
        kids = [gain[c] for c in (n.left, n.right) if c]
        gain[n] = n.val + max([0] + kids)
    return gain[node]


def max_path_sum(root: Optional[TreeNode]) -> int:
    """Tries every node as the highest point of the path."""
    best, stack = root.val, [root]
    while stack:
        node = stack.pop()
        total = node.val + max(0, best_down(node.left)) + max(0, best_down(node.right))
        best = max(best, total)
        stack.extend(c for c in (node.left, node.right) if c)
    return best
