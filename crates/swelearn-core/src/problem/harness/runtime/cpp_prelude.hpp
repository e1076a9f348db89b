// The swelearn judge's harness (generated; edits are lost). The standard headers and the node
// types come first, then the user's solution.cpp (so its line numbers are its own), then the
// code that reads every case from stdin, calls the solution with a monotonic clock around the
// call, and writes one result line per case in the judge's wire format.
#include <algorithm>
#include <array>
#include <bitset>
#include <cassert>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <iostream>
#include <iterator>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <set>
#include <sstream>
#include <stack>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

using namespace std;

struct ListNode {
    long long val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(long long x) : val(x), next(nullptr) {}
    ListNode(long long x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    long long val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(long long x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(long long x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

