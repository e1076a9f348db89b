//! The typed signature of a coding problem, written once in the problem file and turned into each
//! language's starter code and harness: a function, or a class replayed as a sequence of calls.
//!
//! ```text
//! pair_with_target_sum(nums: int[], target: int) -> int[]
//!
//! class LruCache(capacity: int)
//! get(key: int) -> int
//! put(key: int, value: int)
//! ```

use std::fmt;

/// A value type of a parameter or result.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// A 64-bit signed integer.
    Int,
    /// A 64-bit float, compared with a tolerance.
    Float,
    Bool,
    /// A UTF-8 string.
    Str,
    /// One character (problems keep to ASCII so every language's `char` holds it).
    Char,
    /// A singly linked list of integers, written as an array of its values.
    List,
    /// A binary tree of integers, written in level order with `null` for a missing child.
    Tree,
    /// An array of another type (`int[]`, `string[][]`).
    Array(Box<Type>),
    /// No result (class methods only).
    Void,
}

impl Type {
    /// How the type is written in a signature.
    pub fn name(&self) -> String {
        match self {
            Type::Int => "int".into(),
            Type::Float => "float".into(),
            Type::Bool => "bool".into(),
            Type::Str => "string".into(),
            Type::Char => "char".into(),
            Type::List => "ListNode".into(),
            Type::Tree => "TreeNode".into(),
            Type::Array(inner) => format!("{}[]", inner.name()),
            Type::Void => "void".into(),
        }
    }

    /// The element type of an array.
    pub fn element(&self) -> Option<&Type> {
        match self {
            Type::Array(inner) => Some(inner),
            _ => None,
        }
    }

    /// How many `[]` the type has.
    pub fn depth(&self) -> usize {
        match self {
            Type::Array(inner) => 1 + inner.depth(),
            _ => 0,
        }
    }

    /// The type at the bottom of any arrays.
    pub fn base(&self) -> &Type {
        match self {
            Type::Array(inner) => inner.base(),
            other => other,
        }
    }

    /// Whether the type contains a list or a tree anywhere.
    pub fn uses(&self, t: &Type) -> bool {
        self == t || self.element().is_some_and(|e| e.uses(t))
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// A named, typed parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Param {
    pub name: String,
    pub ty: Type,
}

/// A function, or one method of a class.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Method {
    /// In `snake_case`; each language spells it its own way.
    pub name: String,
    pub params: Vec<Param>,
    /// `Type::Void` when the method returns nothing.
    pub ret: Type,
}

/// What the solution implements.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Signature {
    Function(Method),
    Class {
        /// In `UpperCamelCase`.
        name: String,
        ctor: Vec<Param>,
        methods: Vec<Method>,
    },
}

impl Signature {
    /// The method called `name` of a class (`None` for a function).
    pub fn method(&self, name: &str) -> Option<(usize, &Method)> {
        match self {
            Signature::Function(_) => None,
            Signature::Class { methods, .. } => {
                methods.iter().enumerate().find(|(_, m)| m.name == name)
            }
        }
    }

    /// Every parameter and result type, for checks such as "does it use trees".
    pub fn types(&self) -> Vec<&Type> {
        fn method_types(m: &Method) -> Vec<&Type> {
            m.params.iter().map(|p| &p.ty).chain([&m.ret]).collect()
        }
        match self {
            Signature::Function(m) => method_types(m),
            Signature::Class { ctor, methods, .. } => ctor
                .iter()
                .map(|p| &p.ty)
                .chain(methods.iter().flat_map(method_types))
                .collect(),
        }
    }

    /// Whether any parameter or result uses `t`.
    pub fn uses(&self, t: &Type) -> bool {
        self.types().iter().any(|ty| ty.uses(t))
    }

    /// The name a user sees: the function's or the class's.
    pub fn name(&self) -> &str {
        match self {
            Signature::Function(m) => &m.name,
            Signature::Class { name, .. } => name,
        }
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let params = |ps: &[Param]| {
            ps.iter()
                .map(|p| format!("{}: {}", p.name, p.ty))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let method = |f: &mut fmt::Formatter<'_>, m: &Method| {
            write!(f, "{}({})", m.name, params(&m.params))?;
            if m.ret != Type::Void {
                write!(f, " -> {}", m.ret)?;
            }
            Ok(())
        };
        match self {
            Signature::Function(m) => method(f, m),
            Signature::Class {
                name,
                ctor,
                methods,
            } => {
                write!(f, "class {name}({})", params(ctor))?;
                for m in methods {
                    writeln!(f)?;
                    method(f, m)?;
                }
                Ok(())
            }
        }
    }
}

/// A mistake in a signature: the line (0-based, within the signature), column and what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SignatureError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// Names the languages reserve, which a parameter or method may not take.
const RESERVED: &[&str] = &[
    "abstract",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "bool",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "def",
    "default",
    "del",
    "delete",
    "do",
    "double",
    "elif",
    "else",
    "enum",
    "except",
    "export",
    "extends",
    "false",
    "final",
    "finally",
    "float",
    "fn",
    "for",
    "func",
    "function",
    "go",
    "goto",
    "if",
    "impl",
    "import",
    "in",
    "int",
    "interface",
    "is",
    "lambda",
    "let",
    "long",
    "loop",
    "main",
    "map",
    "match",
    "mod",
    "move",
    "mut",
    "new",
    "nil",
    "none",
    "not",
    "null",
    "object",
    "or",
    "package",
    "pass",
    "private",
    "pub",
    "public",
    "raise",
    "range",
    "ref",
    "return",
    "self",
    "short",
    "static",
    "string",
    "struct",
    "super",
    "switch",
    "this",
    "throw",
    "trait",
    "true",
    "try",
    "type",
    "typeof",
    "union",
    "unsafe",
    "use",
    "var",
    "void",
    "where",
    "while",
    "with",
    "yield",
];

/// Parses a signature (one line for a function; `class Name(params)` then one method per line).
pub fn parse(text: &str) -> Result<Signature, SignatureError> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let Some(&(first_no, first)) = lines.first() else {
        return Err(SignatureError {
            line: 0,
            col: 1,
            message:
                "the signature is empty: write e.g. `two_sum(nums: int[], target: int) -> int[]`"
                    .into(),
        });
    };
    if let Some(rest) = first.trim_start().strip_prefix("class ") {
        let col0 = first.len() - rest.len();
        let mut p = Cursor::new(rest, first_no, col0);
        let name = p.ident()?;
        if !name.starts_with(|c: char| c.is_ascii_uppercase()) || name.contains('_') {
            return Err(p.error_at(
                0,
                format!("the class name `{name}` must be UpperCamelCase, e.g. `LruCache`"),
            ));
        }
        let ctor = p.params()?;
        p.end()?;
        let mut methods: Vec<Method> = Vec::new();
        for &(no, line) in &lines[1..] {
            let mut p = Cursor::new(line, no, 0);
            let m = p.method(true)?;
            p.end()?;
            if methods.iter().any(|x| x.name == m.name) {
                return Err(p.error_at(0, format!("the method `{}` is declared twice", m.name)));
            }
            methods.push(m);
        }
        if methods.is_empty() {
            return Err(SignatureError {
                line: first_no,
                col: 1,
                message: format!(
                    "the class `{name}` has no methods: add one per line after `class {name}(...)`"
                ),
            });
        }
        return Ok(Signature::Class {
            name,
            ctor,
            methods,
        });
    }
    if lines.len() > 1 {
        return Err(SignatureError {
            line: lines[1].0,
            col: 1,
            message: "a function signature is one line; a class starts with `class Name(...)`"
                .into(),
        });
    }
    let mut p = Cursor::new(first, first_no, 0);
    let m = p.method(false)?;
    p.end()?;
    Ok(Signature::Function(m))
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    col0: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, line: usize, col0: usize) -> Self {
        Cursor {
            text,
            pos: 0,
            line,
            col0,
        }
    }

    fn error_at(&self, pos: usize, message: String) -> SignatureError {
        SignatureError {
            line: self.line,
            col: self.col0 + self.text[..pos.min(self.text.len())].chars().count() + 1,
            message,
        }
    }

    fn error(&self, message: String) -> SignatureError {
        self.error_at(self.pos, message)
    }

    fn skip_space(&mut self) {
        while self.text[self.pos..].starts_with([' ', '\t']) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, s: &str) -> bool {
        self.skip_space();
        if self.text[self.pos..].starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, s: &str, what: &str) -> Result<(), SignatureError> {
        if self.eat(s) {
            Ok(())
        } else {
            Err(self.error(format!("expected `{s}` {what}")))
        }
    }

    fn ident(&mut self) -> Result<String, SignatureError> {
        self.skip_space();
        let rest = &self.text[self.pos..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(self.error("expected a name (letters, digits and `_`)".into()));
        }
        self.pos += len;
        Ok(word.to_owned())
    }

    fn snake(&mut self, what: &str) -> Result<String, SignatureError> {
        let start = self.pos;
        let name = self.ident()?;
        if name.chars().any(|c| c.is_ascii_uppercase())
            || name.starts_with('_')
            || name.ends_with('_')
            || name.contains("__")
        {
            return Err(self.error_at(
                start,
                format!("the {what} `{name}` must be snake_case (lowercase words joined by `_`)"),
            ));
        }
        if RESERVED.contains(&name.as_str()) {
            return Err(self.error_at(start, format!("`{name}` is a reserved word in one of the languages; choose another {what} name")));
        }
        Ok(name)
    }

    fn ty(&mut self) -> Result<Type, SignatureError> {
        self.skip_space();
        let start = self.pos;
        let name = self.ident()?;
        let mut ty = match name.as_str() {
            "int" => Type::Int,
            "float" => Type::Float,
            "bool" => Type::Bool,
            "string" => Type::Str,
            "char" => Type::Char,
            "ListNode" => Type::List,
            "TreeNode" => Type::Tree,
            _ => {
                return Err(self.error_at(
                    start,
                    format!("unknown type `{name}`: use int, float, bool, string, char, ListNode or TreeNode, with `[]` for arrays"),
                ));
            }
        };
        while self.text[self.pos..].starts_with("[]") {
            self.pos += 2;
            ty = Type::Array(Box::new(ty));
        }
        if ty.depth() > 2 {
            return Err(self.error_at(
                start,
                "arrays have at most two dimensions (`int[][]`)".into(),
            ));
        }
        if matches!(ty.base(), Type::List | Type::Tree) && ty.depth() > 0 {
            return Err(self.error_at(start, "arrays of lists or trees are not supported".into()));
        }
        Ok(ty)
    }

    fn params(&mut self) -> Result<Vec<Param>, SignatureError> {
        self.expect("(", "before the parameters")?;
        let mut params: Vec<Param> = Vec::new();
        if self.eat(")") {
            return Ok(params);
        }
        loop {
            self.skip_space();
            let start = self.pos;
            let name = self.snake("parameter")?;
            if params.iter().any(|p| p.name == name) {
                return Err(self.error_at(start, format!("the parameter `{name}` appears twice")));
            }
            self.expect(":", "between a parameter and its type")?;
            let ty = self.ty()?;
            params.push(Param { name, ty });
            if self.eat(")") {
                return Ok(params);
            }
            self.expect(",", "or `)` after a parameter")?;
        }
    }

    fn method(&mut self, void_ok: bool) -> Result<Method, SignatureError> {
        let name = self.snake(if void_ok { "method" } else { "function" })?;
        let params = self.params()?;
        let ret = if self.eat("->") {
            let at = self.pos;
            let t = self.ty()?;
            if t == Type::Void {
                return Err(self.error_at(at, "leave out `-> void`".into()));
            }
            t
        } else if void_ok {
            Type::Void
        } else {
            return Err(self.error("a function needs a result: add `-> TYPE`".into()));
        };
        Ok(Method { name, params, ret })
    }

    fn end(&mut self) -> Result<(), SignatureError> {
        self.skip_space();
        if self.pos < self.text.len() {
            return Err(self.error(format!(
                "unexpected `{}` at the end of the line",
                &self.text[self.pos..]
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn functions_and_classes_parse() {
        let f = parse("two_sum(nums: int[], target: int) -> int[]").unwrap();
        assert_eq!(f.to_string(), "two_sum(nums: int[], target: int) -> int[]");
        let c = parse(
            "class LruCache(capacity: int)\nget(key: int) -> int\nput(key: int, value: int)\n",
        )
        .unwrap();
        assert_eq!(
            c.to_string(),
            "class LruCache(capacity: int)\nget(key: int) -> int\nput(key: int, value: int)"
        );
        assert_eq!(
            c.method("put").map(|(i, m)| (i, m.ret.clone())),
            Some((1, Type::Void))
        );
        let g = parse("f(grid: char[][], root: TreeNode, head: ListNode) -> string[]").unwrap();
        assert!(g.uses(&Type::Tree) && g.uses(&Type::List) && g.uses(&Type::Char));
    }

    #[test]
    fn mistakes_point_at_the_column() {
        let cases = [
            ("f(x: integer) -> int", 0, 6, "unknown type `integer`"),
            ("f(x: int)", 0, 10, "a function needs a result"),
            ("f(x: int, x: int) -> int", 0, 11, "appears twice"),
            ("twoSum(x: int) -> int", 0, 1, "must be snake_case"),
            ("f(x: int[][][]) -> int", 0, 6, "at most two dimensions"),
            ("f(class: int) -> int", 0, 3, "reserved word"),
            ("f(x: int) -> int extra", 0, 18, "unexpected `extra`"),
            ("class Lru_cache()\nget() -> int", 0, 7, "UpperCamelCase"),
            (
                "class Lru()\n\nget() -> int\nget() -> int",
                3,
                1,
                "declared twice",
            ),
            ("class Lru()", 0, 1, "has no methods"),
            ("f() -> int\ng() -> int", 1, 1, "one line"),
            ("f(xs: ListNode[]) -> int", 0, 7, "arrays of lists"),
        ];
        for (text, line, col, want) in cases {
            let e = parse(text).unwrap_err();
            assert_eq!((e.line, e.col), (line, col), "{text}: {e}");
            assert!(e.message.contains(want), "{text}: {e}");
        }
    }
}
