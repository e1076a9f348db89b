from typing import Optional


def is_symmetric(root: Optional[TreeNode]) -> bool:
    if not root:
        return True
    # Pairs of nodes that must mirror each other.
    pairs = [(root.left, root.right)]
    while pairs:
        a, b = pairs.pop()
        if a is None and b is None:
            continue
        if a is None or b is None or a.val != b.val:
            return False
        pairs.append((a.left, b.right))
        pairs.append((a.right, b.left))
    return True
