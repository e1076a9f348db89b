def quorum_reads(n: int, w: int, r: int, ops: list[str]) -> list[int]:
    # Each replica maps key -> (version, value); versions come from one counter of writes.
    replicas: list[dict[str, tuple[int, int]]] = [{} for _ in range(n)]
    version = 0
    out = []
    for op in ops:
        f = op.split()
        if f[0] == "write":
            version += 1
            for rep in f[3:]:  # the w replicas that acknowledge the write
                replicas[int(rep)][f[1]] = (version, int(f[2]))
            continue
        key, chosen = f[1], [int(x) for x in f[2:]]
        newest = max((replicas[i].get(key, (0, -1)) for i in chosen), default=(0, -1))
        out.append(newest[1])  # -1 if no replica in the read set has the key
        if newest[0] > 0:
            for i in chosen:  # read repair: bring stale replicas of the read set up to date
                if replicas[i].get(key, (0, -1))[0] < newest[0]:
                    replicas[i][key] = newest
    return out
