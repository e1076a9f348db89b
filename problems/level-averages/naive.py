from typing import Optional


def collect(node: Optional[TreeNode], depth: int, target: int, out: list[int]) -> bool:
    """Appends the values at depth `target` below `node`; False when the tree is not that deep."""
    if node is None:
        return False
    if depth == target:
        out.append(node.val)
        return True
    found_left = collect(node.left, depth + 1, target, out)
    found_right = collect(node.right, depth + 1, target, out)
    return found_left or found_right


def level_averages(root: Optional[TreeNode]) -> list[float]:
    averages = []
    depth = 1
    while True:
        vals: list[int] = []
        if not collect(root, 1, depth, vals):
            return averages
        averages.append(sum(vals) / len(vals))
        depth += 1
