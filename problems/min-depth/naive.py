from typing import Optional


def min_depth(root: Optional[TreeNode]) -> int:
    """For each depth in turn, walks the whole tree again to look for a leaf at that depth."""
    if not root:
        return 0
    depth = 1
    while True:
        stack = [(root, 1)]
        while stack:
            node, d = stack.pop()
            if d == depth and not node.left and not node.right:
                return depth
            if d < depth:
                stack.extend((c, d + 1) for c in (node.left, node.right) if c)
        depth += 1
