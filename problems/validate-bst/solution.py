from typing import Optional


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    # In-order walk with an explicit stack: the values must strictly increase.
    stack, node, prev = [], root, None
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val <= prev:
            return False
        prev = node.val
        node = node.right
    return True
