def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    # Trie of the words: nested dicts, "$" holding the word that ends at a node.
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = []

    def dfs(r: int, c: int, parent: dict) -> None:
        ch = board[r][c]
        node = parent[ch]
        word = node.pop("$", None)  # report each word once
        if word is not None:
            found.append(word)
        board[r][c] = "#"  # used on the current path
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                dfs(nr, nc, node)
        board[r][c] = ch
        if not node:
            del parent[ch]  # every word below was found: prune the branch

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in trie:
                dfs(r, c, trie)
    return sorted(found)
