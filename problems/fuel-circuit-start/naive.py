def circuit_start(charge: list[int], drain: list[int]) -> int:
    """Simulates the whole loop from every start in turn: O(n^2)."""
    n = len(charge)
    for s in range(n):
        battery = 0
        ok = True
        for k in range(n):
            i = (s + k) % n
            battery += charge[i] - drain[i]
            if battery < 0:
                ok = False
                break
        if ok:
            return s
    return -1
