from typing import Optional


def lowest_common_ancestor(root: Optional[TreeNode], a: int, b: int) -> int:
    # Each value's parent, found with an explicit stack (the tree may be very deep).
    parent = {root.val: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    x = a
    while x is not None:
        ancestors.add(x)
        x = parent[x]
    x = b
    while x not in ancestors:
        x = parent[x]
    return x
