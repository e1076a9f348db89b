//! Java 17: `Main.java` (the runtime in `runtime/java.java`, `ListNode`, `TreeNode` and glue)
//! calls the user's `Solution.java`, which holds `class Solution` with the method, or the design
//! class itself. Cases run on a thread whose stack size comes from `-Dswelearn.stack`.

use std::fmt::Write as _;

use super::{camel, join_params, methods};
use crate::problem::signature::{Method, Param, Signature, Type};

const RUNTIME: &str = include_str!("runtime/java.java");

/// How a type is written.
fn ty(t: &Type) -> String {
    match t {
        Type::Int => "long".into(),
        Type::Float => "double".into(),
        Type::Bool => "boolean".into(),
        Type::Str => "String".into(),
        Type::Char => "char".into(),
        Type::List => "ListNode".into(),
        Type::Tree => "TreeNode".into(),
        Type::Array(inner) => format!("{}[]", ty(inner)),
        Type::Void => "void".into(),
    }
}

/// The type as an object (for collections and `Object[]` slots).
fn boxed(t: &Type) -> String {
    match t {
        Type::Int => "Long".into(),
        Type::Float => "Double".into(),
        Type::Bool => "Boolean".into(),
        Type::Char => "Character".into(),
        other => ty(other),
    }
}

fn zero(t: &Type) -> String {
    match t {
        Type::Int => "0".into(),
        Type::Float => "0.0".into(),
        Type::Bool => "false".into(),
        Type::Str => "\"\"".into(),
        Type::Char => "' '".into(),
        Type::Array(inner) => {
            // `new long[0]`, `new long[0][]`.
            let base = ty(t.base());
            format!("new {base}[0]{}", "[]".repeat(inner.depth()))
        }
        Type::List | Type::Tree => "null".into(),
        Type::Void => String::new(),
    }
}

fn param(p: &Param) -> String {
    format!("{} {}", ty(&p.ty), camel(&p.name))
}

fn method(m: &Method) -> String {
    let head = format!(
        "public {} {}({})",
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
    let mut out = String::from("import java.util.*;\n\n");
    let (list, tree) = super::uses_nodes(sig);
    if list || tree {
        out.push_str("// The judge defines these beside your code:\n");
        if list {
            out.push_str("// class ListNode {\n//     long val;\n//     ListNode next;\n//     ListNode(long val) { this.val = val; }\n// }\n");
        }
        if tree {
            out.push_str("// class TreeNode {\n//     long val;\n//     TreeNode left;\n//     TreeNode right;\n//     TreeNode(long val) { this.val = val; }\n// }\n");
        }
        out.push('\n');
    }
    let (name, parts) = match sig {
        Signature::Function(m) => ("Solution", vec![method(m)]),
        Signature::Class {
            name,
            ctor,
            methods,
        } => {
            let mut parts = vec![format!("public {name}({}) {{}}", join_params(ctor, param))];
            parts.extend(methods.iter().map(method));
            (name.as_str(), parts)
        }
    };
    let body: Vec<String> = parts.iter().map(|p| super::indent(p, 4)).collect();
    let _ = write!(out, "class {name} {{\n{}\n}}\n", body.join("\n\n"));
    out
}

/// An expression that reads a value of the type.
fn reader(t: &Type) -> String {
    let base = |t: &Type| match t {
        Type::Int => "i64",
        Type::Float => "f64",
        Type::Bool => "bool",
        Type::Str => "str",
        Type::Char => "chr",
        Type::List => "list",
        Type::Tree => "tree",
        Type::Array(_) | Type::Void => "",
    };
    let suffix = match t.depth() {
        0 => "",
        1 => "s",
        _ => "ss",
    };
    let name = match t.base() {
        Type::Bool if t.depth() > 0 => "bool",
        b => base(b),
    };
    format!("{name}{suffix}()")
}

/// The expression for slot `i` of an `Object[]`, as the parameter's type.
fn unbox(p: &Param, slot: &str) -> String {
    format!("({}) {slot}", boxed(&p.ty))
}

pub fn harness(sig: &Signature) -> String {
    let mut out = String::from(RUNTIME);
    out.push('\n');
    match sig {
        Signature::Function(m) => {
            let reads = join_params(&m.params, |p| reader(&p.ty));
            let args = m
                .params
                .iter()
                .enumerate()
                .map(|(i, p)| unbox(p, &format!("c[{i}]")))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                out,
                r"    static void serve() {{
        int n = count();
        Object[][] cases = new Object[n][];
        for (int i = 0; i < n; i++) cases[i] = new Object[] {{{reads}}};
        data = null;
        ready();
        for (int i = 0; i < n; i++) {{
            Object[] c = cases[i];
            cases[i] = null;
            Solution sol = new Solution();
            long t0 = System.nanoTime();
            {ret} r = sol.{name}({args});
            long ns = System.nanoTime() - t0;
            StringBuilder line = new StringBuilder();
            Bad bad = null;
            try {{
                w(line, r);
            }} catch (Bad e) {{
                bad = e;
            }}
            emit(i, ns, line, bad);
        }}
    }}
}}
",
                ret = ty(&m.ret),
                name = camel(&m.name),
            );
        }
        Signature::Class { name, ctor, .. } => {
            let ms = methods(sig);
            let mut read_arms = String::new();
            let mut run_arms = String::new();
            let mut result_lists = String::new();
            let mut encode_arms = String::new();
            for (k, m) in ms.iter().enumerate() {
                let _ = writeln!(
                    read_arms,
                    "                    case {k}: args[i][j] = new Object[] {{{}}}; break;",
                    join_params(&m.params, |p| reader(&p.ty))
                );
                let call_args = m
                    .params
                    .iter()
                    .enumerate()
                    .map(|(i, p)| unbox(p, &format!("a[{i}]")))
                    .collect::<Vec<_>>()
                    .join(", ");
                let call = format!("obj.{}({call_args})", camel(&m.name));
                if m.ret == Type::Void {
                    let _ = writeln!(run_arms, "                    case {k}: {call}; break;");
                } else {
                    let _ = writeln!(
                        result_lists,
                        "            ArrayList<{}> r{k} = new ArrayList<>();",
                        boxed(&m.ret)
                    );
                    let _ = writeln!(
                        run_arms,
                        "                    case {k}: r{k}.add({call}); break;"
                    );
                    let _ = writeln!(
                        encode_arms,
                        "                        case {k}: w(line, ({}) r{k}.get(next[{k}]++)); break;",
                        ty(&m.ret)
                    );
                }
            }
            let names = ms
                .iter()
                .map(|m| format!("{:?}", camel(&m.name)))
                .collect::<Vec<_>>()
                .join(", ");
            let ctor_args = ctor
                .iter()
                .enumerate()
                .map(|(i, p)| unbox(p, &format!("ctors[i][{i}]")))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                out,
                r#"    static final String[] NAMES = {{{names}}};

    static void serve() {{
        int n = count();
        Object[][] ctors = new Object[n][];
        int[][] methods = new int[n][];
        Object[][][] args = new Object[n][][];
        for (int i = 0; i < n; i++) {{
            int k = count();
            ctors[i] = new Object[] {{{ctor_reads}}};
            methods[i] = new int[Math.max(k - 1, 0)];
            args[i] = new Object[methods[i].length][];
            for (int j = 0; j < methods[i].length; j++) {{
                int m = count();
                methods[i][j] = m;
                switch (m) {{
{read_arms}                    default: fail("a method index in the judge's input is out of range");
                }}
            }}
        }}
        data = null;
        ready();
        for (int i = 0; i < n; i++) {{
            int[] ms = methods[i];
            Object[][] as = args[i];
{result_lists}            long t0 = System.nanoTime();
            {name} obj = new {name}({ctor_args});
            for (int j = 0; j < ms.length; j++) {{
                Object[] a = as[j];
                switch (ms[j]) {{
{run_arms}                    default: break;
                }}
            }}
            long ns = System.nanoTime() - t0;
            StringBuilder line = new StringBuilder();
            Bad bad = null;
            int[] next = new int[{count}];
            for (int j = 0; j < ms.length && bad == null; j++) {{
                try {{
                    switch (ms[j]) {{
{encode_arms}                        default: break;
                    }}
                }} catch (Bad e) {{
                    bad = new Bad("call " + (j + 2) + " (" + NAMES[ms[j]] + "): " + e.getMessage());
                }}
            }}
            emit(i, ns, line, bad);
        }}
    }}
}}
"#,
                ctor_reads = join_params(ctor, |p| reader(&p.ty)),
                count = ms.len(),
            );
        }
    }
    out
}
