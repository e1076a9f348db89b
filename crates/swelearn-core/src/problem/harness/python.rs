//! Python 3: `main.py` (the runtime in `runtime.py` plus glue for the signature) imports the
//! user's `solution.py`, whose function or class keeps its `snake_case` names.

use std::fmt::Write as _;

use super::{join_params, methods, uses_nodes};
use crate::problem::signature::{Method, Param, Signature, Type};

const RUNTIME: &str = include_str!("runtime/python.py");

/// How a type is annotated.
fn ty(t: &Type) -> String {
    match t {
        Type::Int => "int".into(),
        Type::Float => "float".into(),
        Type::Bool => "bool".into(),
        Type::Str | Type::Char => "str".into(),
        Type::List => "Optional[ListNode]".into(),
        Type::Tree => "Optional[TreeNode]".into(),
        Type::Array(inner) => format!("list[{}]", ty(inner)),
        Type::Void => "None".into(),
    }
}

fn zero(t: &Type) -> &'static str {
    match t {
        Type::Int => "0",
        Type::Float => "0.0",
        Type::Bool => "False",
        Type::Str => "\"\"",
        Type::Char => "\" \"",
        Type::Array(_) => "[]",
        Type::List | Type::Tree | Type::Void => "None",
    }
}

fn def(m: &Method, this: bool) -> String {
    let mut params: Vec<String> = this.then(|| "self".to_owned()).into_iter().collect();
    params.extend(
        m.params
            .iter()
            .map(|p| format!("{}: {}", p.name, ty(&p.ty))),
    );
    let body = if m.ret == Type::Void {
        "pass".to_owned()
    } else {
        format!("return {}", zero(&m.ret))
    };
    format!(
        "def {}({}) -> {}:\n    {body}\n",
        m.name,
        params.join(", "),
        ty(&m.ret)
    )
}

pub fn starter(sig: &Signature) -> String {
    let mut out = String::new();
    let (list, tree) = uses_nodes(sig);
    if list || tree {
        out.push_str("from typing import Optional\n\n");
        out.push_str("# The judge defines these; use them without importing.\n");
        if list {
            out.push_str("# class ListNode:\n#     def __init__(self, val=0, next=None):\n#         self.val = val\n#         self.next = next\n");
        }
        if tree {
            out.push_str("# class TreeNode:\n#     def __init__(self, val=0, left=None, right=None):\n#         self.val = val\n#         self.left = left\n#         self.right = right\n");
        }
        out.push('\n');
    }
    out.push('\n');
    match sig {
        Signature::Function(m) => out.push_str(&def(m, false)),
        Signature::Class {
            name,
            ctor,
            methods,
        } => {
            let _ = writeln!(out, "class {name}:");
            let init = Method {
                name: "__init__".into(),
                params: ctor.clone(),
                ret: Type::Void,
            };
            let mut parts = vec![def(&init, true).replace(" -> None:", ":")];
            parts.extend(methods.iter().map(|m| def(m, true)));
            let body: Vec<String> = parts.iter().map(|p| super::indent(p, 4)).collect();
            out.push_str(&body.join("\n\n"));
            out.push('\n');
        }
    }
    out
}

/// A function that reads a value of the type.
fn reader(t: &Type) -> String {
    match t {
        Type::Int => "_int".into(),
        Type::Float => "_float".into(),
        Type::Bool => "_bool".into(),
        Type::Str => "_str".into(),
        Type::Char => "_char".into(),
        Type::List => "_list".into(),
        Type::Tree => "_tree".into(),
        Type::Array(inner) => format!("(lambda: _arr({}))", reader(inner)),
        Type::Void => "(lambda: None)".into(),
    }
}

/// A function that checks and writes a value of the type.
fn writer(t: &Type) -> String {
    match t {
        Type::Int => "_w_int".into(),
        Type::Float => "_w_float".into(),
        Type::Bool => "_w_bool".into(),
        Type::Str => "_w_str".into(),
        Type::Char => "_w_char".into(),
        Type::List => "_w_list".into(),
        Type::Tree => "_w_tree".into(),
        Type::Array(inner) => format!("_w_arr({}, {:?})", writer(inner), t.name()),
        Type::Void => "None".into(),
    }
}

fn read_tuple(params: &[Param]) -> String {
    let reads = join_params(params, |p| format!("{}()", reader(&p.ty)));
    if params.len() == 1 {
        format!("({reads},)")
    } else {
        format!("({reads})")
    }
}

pub fn harness(sig: &Signature) -> String {
    let mut out = String::from(RUNTIME);
    out.push_str("\n\n# Glue for this problem's signature.\n");
    match sig {
        Signature::Function(m) => {
            let _ = write!(
                out,
                r"_f = None
_W_RET = {w}


def _read_case():
    return {read}


def _load():
    global _f
    import solution

    _f = solution.{name}


def _run(case):
    t0 = _clock()
    r = _f(*case)
    return _clock() - t0, r


def _encode(case, r, out):
    _W_RET(r, out)
",
                w = writer(&m.ret),
                read = read_tuple(&m.params),
                name = m.name,
            );
        }
        Signature::Class { name, ctor, .. } => {
            let ms = methods(sig);
            let names = ms
                .iter()
                .map(|m| format!("{:?}", m.name))
                .collect::<Vec<_>>()
                .join(", ");
            let reads = ms
                .iter()
                .map(|m| format!("lambda: {}", read_tuple(&m.params)))
                .collect::<Vec<_>>()
                .join(", ");
            let writes = ms
                .iter()
                .map(|m| writer(&m.ret))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                out,
                r#"_cls = None
_NAMES = [{names}]
_READ = [{reads}]
_WRITE = [{writes}]


def _read_case():
    k = int(next(_it))
    ctor = {ctor}
    calls = []
    for _ in range(k - 1):
        m = int(next(_it))
        calls.append((m, _READ[m]()))
    return ctor, calls


def _load():
    global _cls
    import solution

    _cls = solution.{name}


def _run(case):
    ctor, calls = case
    names = _NAMES
    t0 = _clock()
    obj = _cls(*ctor)
    results = [getattr(obj, names[m])(*args) for m, args in calls]
    return _clock() - t0, results


def _encode(case, results, out):
    for j, ((m, _), r) in enumerate(zip(case[1], results)):
        w = _WRITE[m]
        if w is not None:
            try:
                w(r, out)
            except _Bad as e:
                raise _Bad(f"call {{j + 2}} ({{_NAMES[m]}}): {{e}}") from None
"#,
                ctor = read_tuple(ctor),
            );
        }
    }
    out.push_str("\n\n_serve(_read_case, _load, _run, _encode)\n");
    out
}
