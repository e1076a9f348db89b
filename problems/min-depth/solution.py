from typing import Optional


def min_depth(root: Optional[TreeNode]) -> int:
    level = [root] if root else []
    depth = 0
    while level:
        depth += 1
        nxt = []
        for node in level:
            if not node.left and not node.right:
                return depth
            nxt.extend(child for child in (node.left, node.right) if child)
        level = nxt
    return 0
