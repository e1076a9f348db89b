from typing import Optional


def contains(node: Optional[TreeNode], targets: set[int]) -> bool:
    """Whether the subtree holds every value of `targets` (a fresh walk every time)."""
    left = set(targets)
    stack = [node] if node else []
    while stack and left:
        n = stack.pop()
        left.discard(n.val)
        stack.extend(c for c in (n.left, n.right) if c)
    return not left


def lowest_common_ancestor(root: Optional[TreeNode], a: int, b: int) -> int:
    """From the root, steps into whichever child's subtree still holds both values."""
    node, targets = root, {a, b}
    while True:
        if contains(node.left, targets):
            node = node.left
        elif contains(node.right, targets):
            node = node.right
        else:
            return node.val
