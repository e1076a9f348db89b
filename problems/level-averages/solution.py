from typing import Optional


def level_averages(root: Optional[TreeNode]) -> list[float]:
    out = []
    level = [root] if root else []
    while level:
        out.append(sum(node.val for node in level) / len(level))
        level = [child for node in level for child in (node.left, node.right) if child]
    return out
