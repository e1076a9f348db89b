from typing import Optional


def is_symmetric(root: Optional[TreeNode]) -> bool:
    """For each depth, walks the whole tree again to list that level (with a gap for every
    missing child) and checks that it reads the same backwards."""
    if not root:
        return True
    depth = 1
    while True:
        level = []
        stack = [(root, 0)]
        while stack:
            node, d = stack.pop()
            if d == depth - 1:
                for child in (node.left, node.right):
                    level.append(child.val if child else None)
                continue
            for child in (node.right, node.left):
                if child:
                    stack.append((child, d + 1))
        if all(v is None for v in level):
            return True
        if level != level[::-1]:
            return False
        depth += 1
