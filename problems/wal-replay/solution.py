def replay_wal(snapshot: list[str], checkpoint: int, log: list[str]) -> list[str]:
    state = {}
    for entry in snapshot:
        key, value = entry.split("=")
        state[key] = int(value)
    records = [r.split() for r in log]
    records.sort(key=lambda r: int(r[0]))  # segments arrive in any order: replay by LSN
    # Transactions to redo: committed after the checkpoint. Earlier commits are in the
    # snapshot already; aborted or unfinished transactions never happened.
    redo = {r[1] for r in records if r[2] == "commit" and int(r[0]) > checkpoint}
    for r in records:
        if r[1] not in redo:
            continue
        if r[2] == "set":
            state[r[3]] = int(r[4])
        elif r[2] == "delete":
            state.pop(r[3], None)
    return [f"{key}={state[key]}" for key in sorted(state)]
