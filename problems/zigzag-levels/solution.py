from typing import Optional


def zigzag_levels(root: Optional[TreeNode]) -> list[list[int]]:
    out = []
    level = [root] if root else []
    while level:
        values = [node.val for node in level]
        # Odd levels read from the right; the level itself stays left to right.
        out.append(values[::-1] if len(out) % 2 else values)
        level = [child for node in level for child in (node.left, node.right) if child]
    return out
