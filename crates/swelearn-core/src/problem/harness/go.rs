//! Go: `main.go` (the runtime in `runtime/go.go` plus glue, package `main`) calls the user's
//! `solution.go` in the same package. A class is a struct with `func NewName(...) *Name` and
//! methods on `*Name`. `ListNode` and `TreeNode` have Go's usual exported fields (`Val`, `Next`,
//! `Left`, `Right`). The harness's own names start with `swl`.

use std::fmt::Write as _;

use super::{camel, join_params, methods};
use crate::problem::signature::{Method, Param, Signature, Type};

const RUNTIME: &str = include_str!("runtime/go.go");

/// How a type is written.
fn ty(t: &Type) -> String {
    match t {
        Type::Int => "int".into(),
        Type::Float => "float64".into(),
        Type::Bool => "bool".into(),
        Type::Str => "string".into(),
        Type::Char => "byte".into(),
        Type::List => "*ListNode".into(),
        Type::Tree => "*TreeNode".into(),
        Type::Array(inner) => format!("[]{}", ty(inner)),
        Type::Void => String::new(),
    }
}

fn zero(t: &Type) -> &'static str {
    match t {
        Type::Int | Type::Float => "0",
        Type::Bool => "false",
        Type::Str => "\"\"",
        Type::Char => "' '",
        Type::Array(_) | Type::List | Type::Tree => "nil",
        Type::Void => "",
    }
}

fn params(ps: &[Param]) -> String {
    join_params(ps, |p| format!("{} {}", camel(&p.name), ty(&p.ty)))
}

fn func(m: &Method, receiver: &str) -> String {
    let head = format!("func {receiver}{}({})", camel(&m.name), params(&m.params));
    if m.ret == Type::Void {
        format!("{head} {{\n}}\n")
    } else {
        format!("{head} {} {{\n\treturn {}\n}}\n", ty(&m.ret), zero(&m.ret))
    }
}

pub fn starter(sig: &Signature) -> String {
    let mut out = String::from("package main\n\n");
    let (list, tree) = super::uses_nodes(sig);
    if list || tree {
        out.push_str("// The judge defines these in package main:\n");
        if list {
            out.push_str(
                "// type ListNode struct {\n//     Val  int\n//     Next *ListNode\n// }\n",
            );
        }
        if tree {
            out.push_str(
                "// type TreeNode struct {\n//     Val   int\n//     Left  *TreeNode\n//     Right *TreeNode\n// }\n",
            );
        }
        out.push('\n');
    }
    match sig {
        Signature::Function(m) => out.push_str(&func(m, "")),
        Signature::Class {
            name,
            ctor,
            methods,
        } => {
            let _ = write!(
                out,
                "type {name} struct {{\n}}\n\nfunc New{name}({}) *{name} {{\n\treturn &{name}{{}}\n}}\n",
                params(ctor)
            );
            for m in methods {
                out.push('\n');
                out.push_str(&func(m, &format!("(this *{name}) ")));
            }
        }
    }
    out
}

/// A function value that reads a value of the type.
fn reader_fn(t: &Type) -> String {
    match t {
        Type::Int => "swlInt".into(),
        Type::Float => "swlFloat".into(),
        Type::Bool => "swlBool".into(),
        Type::Str => "swlStr".into(),
        Type::Char => "swlChar".into(),
        Type::List => "swlList".into(),
        Type::Tree => "swlTree".into(),
        Type::Array(inner) => format!("func() {} {{ return swlArr({}) }}", ty(t), reader_fn(inner)),
        Type::Void => "func() {}".into(),
    }
}

/// An expression that reads a value of the type.
fn read(t: &Type) -> String {
    match t {
        Type::Array(inner) => format!("swlArr({})", reader_fn(inner)),
        other => format!("{}()", reader_fn(other)),
    }
}

/// A function value that writes a value of the type.
fn writer_fn(t: &Type) -> String {
    match t {
        Type::Int => "swlWInt".into(),
        Type::Float => "swlWFloat".into(),
        Type::Bool => "swlWBool".into(),
        Type::Str => "swlWStr".into(),
        Type::Char => "swlWChar".into(),
        Type::List => "swlWList".into(),
        Type::Tree => "swlWTree".into(),
        Type::Array(inner) => format!(
            "func(out *[]byte, v {}) error {{ return swlWArr(out, v, {}) }}",
            ty(t),
            writer_fn(inner)
        ),
        Type::Void => String::new(),
    }
}

/// A statement-level expression that writes `value` into `out` and gives an error.
fn write(t: &Type, out: &str, value: &str) -> String {
    match t {
        Type::Array(inner) => format!("swlWArr({out}, {value}, {})", writer_fn(inner)),
        other => format!("{}({out}, {value})", writer_fn(other)),
    }
}

pub fn harness(sig: &Signature) -> String {
    let mut out = String::from(RUNTIME);
    out.push_str("\n// Glue for this problem's signature.\n");
    match sig {
        Signature::Function(m) => {
            let fields = m
                .params
                .iter()
                .enumerate()
                .map(|(i, p)| format!("\ta{i} {}\n", ty(&p.ty)))
                .collect::<Vec<_>>()
                .concat();
            let reads = m
                .params
                .iter()
                .enumerate()
                .map(|(i, p)| format!("\t\tcases[i].a{i} = {}\n", read(&p.ty)))
                .collect::<Vec<_>>()
                .concat();
            let args = (0..m.params.len())
                .map(|i| format!("c.a{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                out,
                r"type swlCase struct {{
{fields}}}

func main() {{
	n := swlStart()
	cases := make([]swlCase, n)
	for i := range cases {{
{reads}	}}
	swlData = nil
	swlReady()
	for i := 0; i < n; i++ {{
		c := cases[i]
		cases[i] = swlCase{{}}
		t0 := time.Now()
		var r {ret} = {name}({args})
		ns := time.Since(t0).Nanoseconds()
		var line []byte
		err := {write}
		swlEmit(i, ns, line, err)
	}}
}}
",
                ret = ty(&m.ret),
                name = camel(&m.name),
                write = write(&m.ret, "&line", "r"),
            );
        }
        Signature::Class { name, ctor, .. } => {
            let ms = methods(sig);
            let mut read_arms = String::new();
            let mut run_arms = String::new();
            let mut result_vars = String::new();
            let mut encode_arms = String::new();
            for (k, m) in ms.iter().enumerate() {
                let reads = join_params(&m.params, |p| read(&p.ty));
                let _ = writeln!(
                    read_arms,
                    "\t\t\tcase {k}:\n\t\t\t\tcalls[j] = swlCall{{{k}, []any{{{reads}}}}}"
                );
                let args = m
                    .params
                    .iter()
                    .enumerate()
                    .map(|(i, p)| format!("call.a[{i}].({})", ty(&p.ty)))
                    .collect::<Vec<_>>()
                    .join(", ");
                let call = format!("obj.{}({args})", camel(&m.name));
                if m.ret == Type::Void {
                    let _ = writeln!(run_arms, "\t\t\tcase {k}:\n\t\t\t\t{call}");
                } else {
                    let _ = writeln!(result_vars, "\t\tvar r{k} []{}", ty(&m.ret));
                    let _ = writeln!(
                        run_arms,
                        "\t\t\tcase {k}:\n\t\t\t\tr{k} = append(r{k}, {call})"
                    );
                    let _ = writeln!(
                        encode_arms,
                        "\t\t\tcase {k}:\n\t\t\t\terr = {}\n\t\t\t\tnext[{k}]++",
                        write(&m.ret, "&line", &format!("r{k}[next[{k}]]"))
                    );
                }
            }
            let method_names = ms
                .iter()
                .map(|m| format!("{:?}", camel(&m.name)))
                .collect::<Vec<_>>()
                .join(", ");
            let ctor_fields = ctor
                .iter()
                .enumerate()
                .map(|(i, p)| format!("\tc{i} {}\n", ty(&p.ty)))
                .collect::<Vec<_>>()
                .concat();
            let ctor_reads = ctor
                .iter()
                .enumerate()
                .map(|(i, p)| format!("\t\tcases[i].c{i} = {}\n", read(&p.ty)))
                .collect::<Vec<_>>()
                .concat();
            let ctor_args = (0..ctor.len())
                .map(|i| format!("c.c{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let encode = if encode_arms.is_empty() {
                String::new()
            } else {
                format!(
                    r#"		next := make([]int, {count})
		for j, call := range c.calls {{
			switch call.m {{
{encode_arms}			}}
			if err != nil {{
				err = swlBad{{fmt.Sprintf("call %d (%s): %s", j+2, swlNames[call.m], err.Error())}}
				break
			}}
		}}
"#,
                    count = ms.len()
                )
            };
            let _ = write!(
                out,
                r#"var swlNames = []string{{{method_names}}}

type swlCall struct {{
	m int
	a []any
}}

type swlCase struct {{
{ctor_fields}	calls []swlCall
}}

func main() {{
	n := swlStart()
	cases := make([]swlCase, n)
	for i := range cases {{
		k := swlInt()
{ctor_reads}		calls := make([]swlCall, swlMax0(k-1))
		for j := range calls {{
			switch m := swlInt(); m {{
{read_arms}			default:
				swlFail("a method index in the judge's input is out of range")
			}}
		}}
		cases[i].calls = calls
	}}
	swlData = nil
	swlReady()
	for i := 0; i < n; i++ {{
		c := cases[i]
		cases[i] = swlCase{{}}
{result_vars}		t0 := time.Now()
		obj := New{name}({ctor_args})
		for _, call := range c.calls {{
			switch call.m {{
{run_arms}			}}
		}}
		ns := time.Since(t0).Nanoseconds()
		_ = obj
		var line []byte
		var err error
{encode}		swlEmit(i, ns, line, err)
	}}
}}

func swlMax0(k int) int {{
	if k < 0 {{
		return 0
	}}
	return k
}}
"#,
            );
        }
    }
    out
}
