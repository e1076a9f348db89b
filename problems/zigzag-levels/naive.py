from typing import Optional


def zigzag_levels(root: Optional[TreeNode]) -> list[list[int]]:
    """For each depth, walks the whole tree again and keeps the nodes at that depth."""
    out = []
    depth = 0
    while True:
        found = []
        stack = [(root, 0)] if root else []
        while stack:
            node, d = stack.pop()
            if d == depth:
                found.append(node.val)
                continue
            for child in (node.right, node.left):
                if child:
                    stack.append((child, d + 1))
        if not found:
            return out
        out.append(found[::-1] if depth % 2 else found)
        depth += 1
