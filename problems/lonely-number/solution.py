from functools import reduce
from operator import xor


def lonely_number(nums: list[int]) -> int:
    return reduce(xor, nums, 0)
