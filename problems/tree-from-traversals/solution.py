from typing import Optional


def build_tree(preorder: list[int], inorder: list[int]) -> Optional[TreeNode]:
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    # Nodes on the current path whose right subtree has not started.
    stack, j = [root], 0
    for v in preorder[1:]:
        node = TreeNode(v)
        if stack[-1].val != inorder[j]:
            stack[-1].left = node  # the top still has a left subtree to build
        else:
            # Pop every node whose left subtree is complete; the last one gets a right child.
            while stack and stack[-1].val == inorder[j]:
                parent = stack.pop()
                j += 1
            parent.right = node
        stack.append(node)
    return root
