from typing import Optional


def level_values(root: Optional[TreeNode]) -> list[list[int]]:
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
            # Right pushed first so the left subtree is visited first.
            for child in (node.right, node.left):
                if child:
                    stack.append((child, d + 1))
        if not found:
            return out
        out.append(found)
        depth += 1
