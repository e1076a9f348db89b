from typing import Optional


def level_values(root: Optional[TreeNode]) -> list[list[int]]:
    out = []
    level = [root] if root else []
    while level:
        out.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child]
    return out
