
namespace swl {

const std::size_t MAX_NODES = 10000000;

[[noreturn]] void fail(const char *msg) {
    std::fprintf(stderr, "swelearn harness: %s\n", msg);
    std::exit(3);
}

struct In {
    std::string data;
    std::size_t pos = 0;

    std::string tok() {
        while (pos < data.size() && std::isspace(static_cast<unsigned char>(data[pos]))) pos++;
        std::size_t start = pos;
        while (pos < data.size() && !std::isspace(static_cast<unsigned char>(data[pos]))) pos++;
        if (start == pos) fail("the judge's input ended early");
        return data.substr(start, pos - start);
    }

    long long i64() {
        std::string t = tok();
        char *end = nullptr;
        long long v = std::strtoll(t.c_str(), &end, 10);
        if (*end != '\0') fail("an integer in the judge's input is not a number");
        return v;
    }

    std::size_t count() { return static_cast<std::size_t>(i64()); }
};

struct Bad {
    std::string msg;
};

void read(In &in, long long &x) { x = in.i64(); }
void read(In &in, double &x) { x = std::strtod(in.tok().c_str(), nullptr); }
void read(In &in, bool &x) { x = in.tok() == "true"; }
void read(In &in, char &x) { x = static_cast<char>(in.i64()); }

void read(In &in, std::string &x) {
    std::string t = in.tok();
    x.clear();
    for (std::size_t i = 1; i + 1 < t.size(); i += 2) {
        x.push_back(static_cast<char>(std::stoi(t.substr(i, 2), nullptr, 16)));
    }
}

template <class T> void read(In &in, std::vector<T> &v) {
    std::size_t n = in.count();
    v.clear();
    v.reserve(n);
    for (std::size_t i = 0; i < n; i++) {
        T x;
        read(in, x);
        v.push_back(std::move(x));
    }
}

void read(In &in, ListNode *&head) {
    std::vector<long long> values;
    read(in, values);
    head = nullptr;
    for (std::size_t i = values.size(); i-- > 0;) head = new ListNode(values[i], head);
}

void read(In &in, TreeNode *&root) {
    std::size_t n = in.count();
    std::vector<TreeNode *> nodes(n, nullptr);
    for (std::size_t i = 0; i < n; i++) {
        std::string t = in.tok();
        if (t != "null") nodes[i] = new TreeNode(std::strtoll(t.c_str(), nullptr, 10));
    }
    std::size_t next = 1;
    for (std::size_t i = 0; i < n && next < n; i++) {
        if (nodes[i] == nullptr) continue;
        nodes[i]->left = nodes[next++];
        if (next < n) nodes[i]->right = nodes[next++];
    }
    root = n > 0 ? nodes[0] : nullptr;
}

void token(std::string &out, const std::string &t) {
    if (!out.empty()) out.push_back(' ');
    out += t;
}

void write(std::string &out, long long x) { token(out, std::to_string(x)); }

void write(std::string &out, double x) {
    if (!std::isfinite(x)) throw Bad{std::to_string(x) + " is not a finite number"};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", x);
    token(out, buf);
}

void write(std::string &out, bool x) { token(out, x ? "true" : "false"); }
void write(std::string &out, char x) { token(out, std::to_string(static_cast<unsigned char>(x))); }

void write(std::string &out, const std::string &x) {
    static const char *hex = "0123456789abcdef";
    if (!out.empty()) out.push_back(' ');
    out.push_back('s');
    for (unsigned char c : x) {
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
}

template <class T> void write(std::string &out, const std::vector<T> &v) {
    token(out, std::to_string(v.size()));
    for (std::size_t i = 0; i < v.size(); i++) {
        const T &x = v[i];
        try {
            write(out, x);
        } catch (Bad &b) {
            throw Bad{"[" + std::to_string(i) + "]: " + b.msg};
        }
    }
}

void write(std::string &out, ListNode *head) {
    std::vector<long long> values;
    for (ListNode *p = head; p != nullptr; p = p->next) {
        if (values.size() == MAX_NODES) throw Bad{"the list has more than 10000000 nodes: is there a cycle?"};
        values.push_back(p->val);
    }
    write(out, values);
}

void write(std::string &out, TreeNode *root) {
    std::vector<TreeNode *> queue{root};
    std::vector<std::string> values;
    for (std::size_t k = 0; k < queue.size(); k++) {
        TreeNode *node = queue[k];
        if (node == nullptr) {
            values.push_back("null");
            continue;
        }
        if (k > MAX_NODES) throw Bad{"the tree has more than 10000000 nodes: is there a cycle?"};
        values.push_back(std::to_string(node->val));
        queue.push_back(node->left);
        queue.push_back(node->right);
    }
    while (!values.empty() && values.back() == "null") values.pop_back();
    token(out, std::to_string(values.size()));
    for (const std::string &v : values) token(out, v);
}

In start(std::string &nonce, std::size_t &n) {
    In in;
    char buf[1 << 16];
    std::size_t got;
    while ((got = std::fread(buf, 1, sizeof buf, stdin)) > 0) in.data.append(buf, got);
    if (in.tok() != "SWL1") fail("the input is not in the judge's format");
    nonce = in.tok();
    n = in.count();
    return in;
}

void ready(const std::string &nonce) { std::cout << nonce << " ready\n" << std::flush; }

void emit(const std::string &nonce, std::size_t i, long long ns, bool ok, const std::string &text) {
    std::string line = nonce + " " + std::to_string(i) + " " + std::to_string(ns);
    if (ok) {
        line += " = " + text;
    } else {
        static const char *hex = "0123456789abcdef";
        line += " ! ";
        for (unsigned char c : text) {
            line.push_back(hex[c >> 4]);
            line.push_back(hex[c & 15]);
        }
    }
    line.push_back('\n');
    std::cout << line << std::flush;
}

long long since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace swl
