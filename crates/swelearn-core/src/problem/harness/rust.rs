//! Rust: `main.rs` (the runtime in `runtime/rust.rs`, the prelude verbatim as `crate::prelude`,
//! and glue for the signature) includes the user's file as `#[path = "solution.rs"] mod
//! solution;`, so the user's line numbers are their own. Arguments are passed by value, as the
//! built-in references take them.

use std::fmt::Write as _;

use super::{RUST_PRELUDE, join_params, methods};
use crate::problem::signature::{Method, Param, Signature, Type};

const RUNTIME: &str = include_str!("runtime/rust.rs");

/// How a type is written.
pub fn ty(t: &Type) -> String {
    match t {
        Type::Int => "i64".into(),
        Type::Float => "f64".into(),
        Type::Bool => "bool".into(),
        Type::Str => "String".into(),
        Type::Char => "char".into(),
        Type::List => "Option<Box<ListNode>>".into(),
        Type::Tree => "Option<Box<TreeNode>>".into(),
        Type::Array(inner) => format!("Vec<{}>", ty(inner)),
        Type::Void => "()".into(),
    }
}

fn zero(t: &Type) -> &'static str {
    match t {
        Type::Int => "0",
        Type::Float => "0.0",
        Type::Bool => "false",
        Type::Str => "String::new()",
        Type::Char => "' '",
        Type::Array(_) => "Vec::new()",
        Type::List | Type::Tree => "None",
        Type::Void => "",
    }
}

fn params(ps: &[Param]) -> String {
    join_params(ps, |p| format!("{}: {}", p.name, ty(&p.ty)))
}

fn func(m: &Method, receiver: &str) -> String {
    let mut all = receiver.to_owned();
    if !receiver.is_empty() && !m.params.is_empty() {
        all.push_str(", ");
    }
    all.push_str(&params(&m.params));
    if m.ret == Type::Void {
        format!("pub fn {}({all}) {{}}\n", m.name)
    } else {
        format!(
            "pub fn {}({all}) -> {} {{\n    {}\n}}\n",
            m.name,
            ty(&m.ret),
            zero(&m.ret)
        )
    }
}

pub fn starter(sig: &Signature) -> String {
    let mut out = String::from("use crate::prelude::*;\n\n");
    match sig {
        Signature::Function(m) => out.push_str(&func(m, "")),
        Signature::Class {
            name,
            ctor,
            methods,
        } => {
            let _ = writeln!(out, "pub struct {name} {{}}\n\nimpl {name} {{");
            let mut parts = vec![format!(
                "pub fn new({}) -> Self {{\n    {name} {{}}\n}}\n",
                params(ctor)
            )];
            parts.extend(methods.iter().map(|m| func(m, "&mut self")));
            let body: Vec<String> = parts.iter().map(|p| super::indent(p, 4)).collect();
            out.push_str(&body.join("\n\n"));
            out.push_str("\n}\n");
        }
    }
    out
}

/// `let a0: T = Wire::read(&mut input);` for each parameter, named `{prefix}{i}`.
fn reads(ps: &[Param], prefix: &str) -> String {
    ps.iter()
        .enumerate()
        .map(|(i, p)| format!("let {prefix}{i}: {} = Wire::read(&mut input);", ty(&p.ty)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn names(n: usize, prefix: &str) -> String {
    (0..n)
        .map(|i| format!("{prefix}{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn tuple_ty(ps: &[Param]) -> String {
    let tys: Vec<String> = ps.iter().map(|p| ty(&p.ty)).collect();
    if tys.len() == 1 {
        format!("({},)", tys[0])
    } else {
        format!("({})", tys.join(", "))
    }
}

fn tuple(n: usize, prefix: &str) -> String {
    if n == 1 {
        format!("({prefix}0,)")
    } else {
        format!("({})", names(n, prefix))
    }
}

pub fn harness(sig: &Signature) -> String {
    let mut out = String::from(RUNTIME);
    let _ = write!(
        out,
        "\n/// The types solutions use, the same text as swelearn's own prelude.\npub mod prelude {{\n{RUST_PRELUDE}}}\n\n"
    );
    match sig {
        Signature::Function(m) => {
            let n = m.params.len();
            let _ = write!(
                out,
                r#"fn main() {{
    let data = read_all();
    let (mut input, nonce, n) = start(&data);
    let mut cases: Vec<Option<{tuple_ty}>> = Vec::with_capacity(n);
    for _ in 0..n {{
        {reads}
        cases.push(Some({tuple}));
    }}
    ready(&nonce);
    for i in 0..n {{
        let Some({tuple}) = cases[i].take() else {{
            fail(&format!("case {{i}} is missing"));
        }};
        let clock = Instant::now();
        let r: {ret} = solution::{name}({args});
        let ns = clock.elapsed().as_nanos();
        let mut line = String::new();
        let result = r.write(&mut line).map(|()| line);
        std::mem::forget(r);
        emit(&nonce, i, ns, result);
    }}
}}
"#,
                tuple_ty = tuple_ty(&m.params),
                reads = reads(&m.params, "a"),
                tuple = tuple(n, "a"),
                ret = ty(&m.ret),
                name = m.name,
                args = names(n, "a"),
            );
        }
        Signature::Class { name, ctor, .. } => {
            let ms = methods(sig);
            let mut variants = String::new();
            let mut read_arms = String::new();
            let mut run_arms = String::new();
            let mut result_vecs = String::new();
            let mut order_arms = String::new();
            let mut encode_arms = String::new();
            let mut forget = String::new();
            for (k, m) in ms.iter().enumerate() {
                let n = m.params.len();
                let tys = join_params(&m.params, |p| ty(&p.ty));
                let _ = writeln!(variants, "    M{k}({tys}),");
                let _ = writeln!(
                    read_arms,
                    "                {k} => {{ {} Call::M{k}({}) }}",
                    reads(&m.params, "b"),
                    names(n, "b")
                );
                let _ = writeln!(order_arms, "            Call::M{k}(..) => {k},");
                let args = names(n, "b");
                if m.ret == Type::Void {
                    let _ = writeln!(
                        run_arms,
                        "                Call::M{k}({args}) => {{ let () = obj.{}({args}); }}",
                        m.name
                    );
                    let _ = writeln!(encode_arms, "                {k} => Ok(()),");
                } else {
                    let _ = writeln!(
                        result_vecs,
                        "        let mut r{k}: Vec<{}> = Vec::new();",
                        ty(&m.ret)
                    );
                    let _ = writeln!(
                        run_arms,
                        "                Call::M{k}({args}) => r{k}.push(obj.{}({args})),",
                        m.name
                    );
                    let _ = writeln!(
                        encode_arms,
                        "                {k} => {{ let v = &r{k}[next[{k}]]; next[{k}] += 1; v.write(&mut line) }}"
                    );
                    let _ = writeln!(forget, "        std::mem::forget(r{k});");
                }
            }
            let method_names = ms
                .iter()
                .map(|m| format!("{:?}", m.name))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                out,
                r#"enum Call {{
{variants}}}

const NAMES: &[&str] = &[{method_names}];

fn main() {{
    let data = read_all();
    let (mut input, nonce, n) = start(&data);
    let mut cases: Vec<Option<({ctor_ty}, Vec<Call>)>> = Vec::with_capacity(n);
    for _ in 0..n {{
        let k = input.count();
        {ctor_reads}
        let mut calls = Vec::with_capacity(k.saturating_sub(1));
        for _ in 1..k {{
            calls.push(match input.count() {{
{read_arms}                _ => fail("a method index in the judge's input is out of range"),
            }});
        }}
        cases.push(Some(({ctor_tuple}, calls)));
    }}
    ready(&nonce);
    for i in 0..n {{
        let Some(({ctor_tuple}, calls)) = cases[i].take() else {{
            fail(&format!("case {{i}} is missing"));
        }};
        let order: Vec<usize> = calls.iter().map(|c| match c {{
{order_arms}        }}).collect();
{result_vecs}        let clock = Instant::now();
        let mut obj = solution::{name}::new({ctor_args});
        for call in calls {{
            match call {{
{run_arms}            }}
        }}
        let ns = clock.elapsed().as_nanos();
        std::mem::forget(obj);
        let mut line = String::new();
        let mut next = [0usize; {count}];
        let mut result = Ok(());
        for (j, &m) in order.iter().enumerate() {{
            let r: Result<(), String> = match m {{
{encode_arms}                _ => Ok(()),
            }};
            if let Err(e) = r {{
                result = Err(format!("call {{}} ({{}}): {{e}}", j + 2, NAMES[m]));
                break;
            }}
        }}
{forget}        emit(&nonce, i, ns, result.map(|()| line));
    }}
}}
"#,
                ctor_ty = tuple_ty(ctor),
                ctor_reads = reads(ctor, "c"),
                ctor_tuple = tuple(ctor.len(), "c"),
                ctor_args = names(ctor.len(), "c"),
                count = ms.len(),
            );
        }
    }
    out
}
