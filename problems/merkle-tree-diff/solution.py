MOD = 1_000_000_007


def build(leaves: list[int], size: int) -> list[int]:
    """The tree as an array: node 1 is the root, node i has children 2i and 2i + 1."""
    tree = [0] * (2 * size)
    tree[size : size + len(leaves)] = leaves
    for i in range(size - 1, 0, -1):
        tree[i] = (tree[2 * i] * 31 + tree[2 * i + 1] * 1_000_003 + 7) % MOD
    return tree


def merkle_diff(a: list[int], b: list[int]) -> list[list[int]]:
    size = 1
    while size < len(a):
        size *= 2
    ta, tb = build(a, size), build(b, size)
    differing, compared = [], 1
    stack = [1]
    while stack:
        node = stack.pop()
        if ta[node] == tb[node]:
            continue
        if node >= size:
            differing.append(node - size)
        else:
            compared += 2
            stack.append(2 * node + 1)
            stack.append(2 * node)
    return [differing, [compared]]
