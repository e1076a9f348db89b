//! C++17: `main.cpp` is the prelude (standard headers, `using namespace std`, `ListNode` and
//! `TreeNode`), then `#include "solution.cpp"` (so the user's line numbers are their own), then
//! the runtime in `runtime/cpp.cpp` and glue. A function lives in `class Solution` as on online
//! judges; vectors and strings are passed by reference.

use std::fmt::Write as _;

use super::{camel, join_params, methods};
use crate::problem::signature::{Method, Param, Signature, Type};

const PRELUDE: &str = include_str!("runtime/cpp_prelude.hpp");
const RUNTIME: &str = include_str!("runtime/cpp.cpp");

/// How a type is written (unqualified: the prelude says `using namespace std`).
fn ty(t: &Type) -> String {
    match t {
        Type::Int => "long long".into(),
        Type::Float => "double".into(),
        Type::Bool => "bool".into(),
        Type::Str => "string".into(),
        Type::Char => "char".into(),
        Type::List => "ListNode*".into(),
        Type::Tree => "TreeNode*".into(),
        Type::Array(inner) => format!("vector<{}>", ty(inner)),
        Type::Void => "void".into(),
    }
}

/// How a parameter is declared: vectors and strings by reference.
fn param(p: &Param) -> String {
    let by_ref = matches!(p.ty, Type::Str | Type::Array(_));
    format!(
        "{}{} {}",
        ty(&p.ty),
        if by_ref { "&" } else { "" },
        camel(&p.name)
    )
}

fn zero(t: &Type) -> &'static str {
    match t {
        Type::Int => "0",
        Type::Float => "0.0",
        Type::Bool => "false",
        Type::Str => "\"\"",
        Type::Char => "' '",
        Type::Array(_) => "{}",
        Type::List | Type::Tree => "nullptr",
        Type::Void => "",
    }
}

fn method(m: &Method) -> String {
    let head = format!(
        "{} {}({})",
        ty(&m.ret),
        camel(&m.name),
        join_params(&m.params, param)
    );
    if m.ret == Type::Void {
        format!("{head} {{}}")
    } else {
        format!("{head} {{\n    return {};\n}}", zero(&m.ret))
    }
}

pub fn starter(sig: &Signature) -> String {
    let mut out = String::new();
    let types = sig.types();
    let mut includes = Vec::new();
    if types.iter().any(|t| t.depth() > 0) {
        includes.push("#include <vector>");
    }
    if types.iter().any(|t| *t.base() == Type::Str) {
        includes.push("#include <string>");
    }
    for inc in &includes {
        let _ = writeln!(out, "{inc}");
    }
    if !includes.is_empty() {
        out.push('\n');
    }
    out.push_str("using namespace std;\n\n");
    let (list, tree) = super::uses_nodes(sig);
    if list || tree {
        out.push_str("// The judge defines these before your code:\n");
        if list {
            out.push_str("// struct ListNode {\n//     long long val;\n//     ListNode *next;\n//     ListNode(long long x) : val(x), next(nullptr) {}\n// };\n");
        }
        if tree {
            out.push_str("// struct TreeNode {\n//     long long val;\n//     TreeNode *left;\n//     TreeNode *right;\n//     TreeNode(long long x) : val(x), left(nullptr), right(nullptr) {}\n// };\n");
        }
        out.push('\n');
    }
    match sig {
        Signature::Function(m) => {
            let _ = write!(
                out,
                "class Solution {{\npublic:\n{}\n}};\n",
                super::indent(&method(m), 4)
            );
        }
        Signature::Class {
            name,
            ctor,
            methods,
        } => {
            let mut parts = vec![format!("{name}({}) {{}}", join_params(ctor, param))];
            parts.extend(methods.iter().map(method));
            let body: Vec<String> = parts.iter().map(|p| super::indent(p, 4)).collect();
            let _ = write!(
                out,
                "class {name} {{\npublic:\n{}\n}};\n",
                body.join("\n\n")
            );
        }
    }
    out
}

/// Fields `prefix0, prefix1, ...` declared with the parameters' types.
fn fields(ps: &[Param], prefix: &str) -> String {
    ps.iter()
        .enumerate()
        .map(|(i, p)| format!("    {} {prefix}{i};\n", ty(&p.ty)))
        .collect::<Vec<_>>()
        .concat()
}

fn read_fields(ps: &[Param], target: &str) -> String {
    (0..ps.len())
        .map(|i| format!("swl::read(in, {target}{i}); "))
        .collect::<Vec<_>>()
        .concat()
}

fn args(n: usize, target: &str) -> String {
    (0..n)
        .map(|i| format!("{target}{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn harness(sig: &Signature) -> String {
    let mut out = String::from(PRELUDE);
    out.push_str("#include \"solution.cpp\"\n");
    out.push_str(RUNTIME);
    out.push('\n');
    match sig {
        Signature::Function(m) => {
            let _ = write!(
                out,
                r"struct SwlCase {{
{fields}}};

int main() {{
    std::string nonce;
    std::size_t n = 0;
    swl::In in = swl::start(nonce, n);
    std::vector<SwlCase> cases(n);
    for (SwlCase &c : cases) {{
        {reads}
    }}
    in.data = std::string();
    swl::ready(nonce);
    for (std::size_t i = 0; i < n; i++) {{
        SwlCase &c = cases[i];
        Solution *sol = new Solution();
        auto t0 = std::chrono::steady_clock::now();
        {ret} r = sol->{name}({args});
        long long ns = swl::since(t0);
        std::string line;
        bool ok = true;
        try {{
            swl::write(line, r);
        }} catch (swl::Bad &b) {{
            ok = false;
            line = b.msg;
        }}
        swl::emit(nonce, i, ns, ok, line);
    }}
    return 0;
}}
",
                fields = fields(&m.params, "a"),
                reads = read_fields(&m.params, "c.a"),
                ret = ty(&m.ret),
                name = camel(&m.name),
                args = args(m.params.len(), "c.a"),
            );
        }
        Signature::Class { name, ctor, .. } => {
            let ms = methods(sig);
            let mut call_fields = String::new();
            let mut read_arms = String::new();
            let mut run_arms = String::new();
            let mut result_vecs = String::new();
            let mut encode_arms = String::new();
            for (k, m) in ms.iter().enumerate() {
                call_fields.push_str(&fields(&m.params, &format!("b{k}_")));
                let _ = writeln!(
                    read_arms,
                    "                case {k}: {}break;",
                    read_fields(&m.params, &format!("call.b{k}_"))
                );
                let call = format!(
                    "obj->{}({})",
                    camel(&m.name),
                    args(m.params.len(), &format!("call.b{k}_"))
                );
                if m.ret == Type::Void {
                    let _ = writeln!(run_arms, "            case {k}: {call}; break;");
                } else {
                    let _ = writeln!(result_vecs, "        std::vector<{}> r{k};", ty(&m.ret));
                    let _ = writeln!(
                        run_arms,
                        "            case {k}: r{k}.push_back({call}); break;"
                    );
                    // `vector<bool>` hands out proxies: name the type so the right overload runs.
                    let item = if m.ret == Type::Bool {
                        format!("static_cast<bool>(r{k}[next[{k}]++])")
                    } else {
                        format!("r{k}[next[{k}]++]")
                    };
                    let _ = writeln!(
                        encode_arms,
                        "                case {k}: swl::write(line, {item}); break;"
                    );
                }
            }
            let names = ms
                .iter()
                .map(|m| format!("{:?}", camel(&m.name)))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                out,
                r#"struct SwlCall {{
    int m = 0;
{call_fields}}};

struct SwlCase {{
{ctor_fields}    std::vector<SwlCall> calls;
}};

int main() {{
    static const char *names[] = {{{names}}};
    std::string nonce;
    std::size_t n = 0;
    swl::In in = swl::start(nonce, n);
    std::vector<SwlCase> cases(n);
    for (SwlCase &c : cases) {{
        std::size_t k = in.count();
        {ctor_reads}
        c.calls.resize(k > 0 ? k - 1 : 0);
        for (SwlCall &call : c.calls) {{
            call.m = static_cast<int>(in.i64());
            switch (call.m) {{
{read_arms}                default: swl::fail("a method index in the judge's input is out of range");
            }}
        }}
    }}
    in.data = std::string();
    swl::ready(nonce);
    for (std::size_t i = 0; i < n; i++) {{
        SwlCase &c = cases[i];
{result_vecs}        auto t0 = std::chrono::steady_clock::now();
        {name} *obj = new {name}({ctor_args});
        for (SwlCall &call : c.calls) {{
            switch (call.m) {{
{run_arms}            }}
        }}
        long long ns = swl::since(t0);
        std::string line;
        bool ok = true;
        std::size_t next[{count}] = {{0}};
        for (std::size_t j = 0; j < c.calls.size() && ok; j++) {{
            try {{
                switch (c.calls[j].m) {{
{encode_arms}                default: break;
                }}
            }} catch (swl::Bad &b) {{
                ok = false;
                line = "call " + std::to_string(j + 2) + " (" + names[c.calls[j].m] + "): " + b.msg;
            }}
        }}
        swl::emit(nonce, i, ns, ok, line);
    }}
    return 0;
}}
"#,
                ctor_fields = fields(ctor, "c"),
                ctor_reads = read_fields(ctor, "c.c"),
                ctor_args = args(ctor.len(), "c.c"),
                count = ms.len(),
            );
        }
    }
    out
}
