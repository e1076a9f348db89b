//! JavaScript (Node): `main.js` (the runtime in `runtime/javascript.js` plus glue) requires the
//! user's `solution.js`, which exports its function or class with `module.exports`. Integers are
//! numbers (exact to 2^53); a `BigInt` result is accepted too.

use std::fmt::Write as _;

use super::{camel, join_params, methods};
use crate::problem::signature::{Method, Param, Signature, Type};

const RUNTIME: &str = include_str!("runtime/javascript.js");

/// The type as `JSDoc` writes it.
fn ty(t: &Type) -> String {
    match t {
        Type::Int | Type::Float => "number".into(),
        Type::Bool => "boolean".into(),
        Type::Str | Type::Char => "string".into(),
        Type::List => "ListNode|null".into(),
        Type::Tree => "TreeNode|null".into(),
        Type::Array(inner) => match **inner {
            Type::List | Type::Tree => format!("({})[]", ty(inner)),
            _ => format!("{}[]", ty(inner)),
        },
        Type::Void => "void".into(),
    }
}

fn zero(t: &Type) -> &'static str {
    match t {
        Type::Int | Type::Float => "0",
        Type::Bool => "false",
        Type::Str => "''",
        Type::Char => "' '",
        Type::Array(_) => "[]",
        Type::List | Type::Tree => "null",
        Type::Void => "",
    }
}

fn jsdoc(m: &Method, indent: &str) -> String {
    let mut out = format!("{indent}/**\n");
    for p in &m.params {
        let _ = writeln!(
            out,
            "{indent} * @param {{{}}} {}",
            ty(&p.ty),
            camel(&p.name)
        );
    }
    let _ = writeln!(out, "{indent} * @return {{{}}}", ty(&m.ret));
    let _ = writeln!(out, "{indent} */");
    out
}

fn body(m: &Method) -> String {
    if m.ret == Type::Void {
        "{}".into()
    } else {
        format!("{{\n    return {};\n}}", zero(&m.ret))
    }
}

fn names(ps: &[Param]) -> String {
    join_params(ps, |p| camel(&p.name))
}

pub fn starter(sig: &Signature) -> String {
    let mut out = String::new();
    let (list, tree) = super::uses_nodes(sig);
    if list || tree {
        out.push_str("// The judge defines these globally; use them without requiring anything.\n");
        if list {
            out.push_str("// class ListNode {\n//     constructor(val = 0, next = null) { this.val = val; this.next = next; }\n// }\n");
        }
        if tree {
            out.push_str("// class TreeNode {\n//     constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; }\n// }\n");
        }
        out.push('\n');
    }
    match sig {
        Signature::Function(m) => {
            let name = camel(&m.name);
            let _ = write!(
                out,
                "{}function {name}({}) {}\n\nmodule.exports = {{ {name} }};\n",
                jsdoc(m, ""),
                names(&m.params),
                body(m)
            );
        }
        Signature::Class {
            name,
            ctor,
            methods,
        } => {
            let mut parts = vec![format!("constructor({}) {{}}", names(ctor))];
            for m in methods {
                parts.push(format!(
                    "{}{}({}) {}",
                    jsdoc(m, ""),
                    camel(&m.name),
                    names(&m.params),
                    body(m)
                ));
            }
            let body: Vec<String> = parts.iter().map(|p| super::indent(p, 4)).collect();
            let _ = write!(
                out,
                "class {name} {{\n{}\n}}\n\nmodule.exports = {{ {name} }};\n",
                body.join("\n\n")
            );
        }
    }
    out
}

/// A function that reads a value of the type.
fn reader(t: &Type) -> String {
    match t {
        Type::Int => "rInt".into(),
        Type::Float => "rFloat".into(),
        Type::Bool => "rBool".into(),
        Type::Str => "rStr".into(),
        Type::Char => "rChar".into(),
        Type::List => "rList".into(),
        Type::Tree => "rTree".into(),
        Type::Array(inner) => format!("rArr({})", reader(inner)),
        Type::Void => "(() => null)".into(),
    }
}

/// A function that checks and writes a value of the type.
fn writer(t: &Type) -> String {
    match t {
        Type::Int => "wInt".into(),
        Type::Float => "wFloat".into(),
        Type::Bool => "wBool".into(),
        Type::Str => "wStr".into(),
        Type::Char => "wChar".into(),
        Type::List => "wList".into(),
        Type::Tree => "wTree".into(),
        Type::Array(inner) => format!("wArr({}, {:?})", writer(inner), t.name()),
        Type::Void => "null".into(),
    }
}

fn read_list(ps: &[Param]) -> String {
    format!("[{}]", join_params(ps, |p| format!("{}()", reader(&p.ty))))
}

fn export_check(name: &str, what: &str) -> String {
    format!(
        "    if (typeof {what} !== 'function') {{\n        fail(\"solution.js must export {name}: end it with `module.exports = {{ {name} }};`\");\n    }}\n"
    )
}

pub fn harness(sig: &Signature) -> String {
    let mut out = String::from(RUNTIME);
    out.push_str("\n// Glue for this problem's signature.\n");
    match sig {
        Signature::Function(m) => {
            let name = camel(&m.name);
            let _ = write!(
                out,
                r"let f = null;
const W_RET = {w};

function readCase() {{
    return {read};
}}

function load() {{
    f = require('./solution.js').{name};
{check}}}

function run(c) {{
    const t0 = clock();
    const r = f(...c);
    return [clock() - t0, r];
}}

function encode(c, r, out) {{
    W_RET(r, out);
}}
",
                w = writer(&m.ret),
                read = read_list(&m.params),
                check = export_check(&name, "f"),
            );
        }
        Signature::Class { name, ctor, .. } => {
            let ms = methods(sig);
            let method_names = ms
                .iter()
                .map(|m| format!("{:?}", camel(&m.name)))
                .collect::<Vec<_>>()
                .join(", ");
            let reads = ms
                .iter()
                .map(|m| format!("() => {}", read_list(&m.params)))
                .collect::<Vec<_>>()
                .join(", ");
            let writes = ms
                .iter()
                .map(|m| writer(&m.ret))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                out,
                r#"let Cls = null;
const NAMES = [{method_names}];
const READ = [{reads}];
const WRITE = [{writes}];

function readCase() {{
    const k = Number(tok());
    const ctor = {ctor};
    const calls = [];
    for (let j = 1; j < k; j++) {{
        const m = Number(tok());
        if (!(m >= 0 && m < READ.length)) fail("a method index in the judge's input is out of range");
        calls.push([m, READ[m]()]);
    }}
    return [ctor, calls];
}}

function load() {{
    Cls = require('./solution.js').{name};
{check}}}

function run(c) {{
    const [ctor, calls] = c;
    const results = new Array(calls.length);
    const t0 = clock();
    const obj = new Cls(...ctor);
    for (let j = 0; j < calls.length; j++) {{
        const call = calls[j];
        results[j] = obj[NAMES[call[0]]](...call[1]);
    }}
    return [clock() - t0, results];
}}

function encode(c, results, out) {{
    const calls = c[1];
    for (let j = 0; j < calls.length; j++) {{
        const m = calls[j][0];
        const w = WRITE[m];
        if (w === null) continue;
        try {{
            w(results[j], out);
        }} catch (e) {{
            if (e instanceof Bad) throw new Bad(`call ${{j + 2}} (${{NAMES[m]}}): ${{e.message}}`);
            throw e;
        }}
    }}
}}
"#,
                ctor = read_list(ctor),
                check = export_check(name, "Cls"),
            );
        }
    }
    out.push_str("\nserve(readCase, load, run, encode);\n");
    out
}
