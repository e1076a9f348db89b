//! Reads a problem folder's `problem.md` (front matter and sections) and `tests.jsonl` (hidden
//! cases), reporting every mistake at its file, line and column with what to fix.

use serde_yaml_ng::Value as Yaml;

use crate::diagnostic::{Diagnostic, Sink};
use crate::problem::case::{Case, CaseKind, Input, conform_output};
use crate::problem::compare::Compare;
use crate::problem::lang::Lang;
use crate::problem::signature::{self, Signature, Type};
use crate::problem::value::Value;
use crate::problem::{
    DEFAULT_MEMORY_MB, DEFAULT_TIME_FACTOR, DEFAULT_TIME_LIMIT_MS, DEFAULT_TOLERANCE,
    MAX_FILE_BYTES, MAX_TESTS_BYTES, Problem, SCHEMA_VERSION,
};
use crate::sanitize;
use crate::topic::Difficulty;

/// What parsing a problem produced: the problem when there was no error, and every diagnostic.
#[derive(Debug)]
pub struct Parsed {
    pub problem: Option<Problem>,
    /// Pattern ids with their positions, checked against the library by the caller.
    pub patterns_at: Vec<(String, usize, usize)>,
    pub diagnostics: Vec<Diagnostic>,
}

const KEYS: &[&str] = &[
    "id",
    "title",
    "difficulty",
    "patterns",
    "tags",
    "signature",
    "compare",
    "tolerance",
    "estimated_time",
    "time_factor",
    "time_limit_ms",
    "memory_mb",
    "languages",
    "schema_version",
];

const SECTIONS: &[&str] = &[
    "Statement",
    "Examples",
    "Constraints",
    "Hints",
    "Solution",
    "Follow-ups",
];
const REQUIRED: &[&str] = &["Statement", "Examples", "Constraints", "Hints", "Solution"];

/// One file of a problem folder.
#[derive(Debug, Clone, Copy)]
pub struct File<'a> {
    /// How diagnostics name it.
    pub path: &'a str,
    pub bytes: &'a [u8],
}

/// Parses a problem from its statement and (optional) tests file. `folder` is the default id.
pub fn parse_problem(statement: File, tests: Option<File>, folder: &str) -> Parsed {
    let mut sink = Sink::new(statement.path);
    let mut parsed = Parsed {
        problem: None,
        patterns_at: Vec::new(),
        diagnostics: Vec::new(),
    };
    let Some(text) = text_of(statement, MAX_FILE_BYTES, &mut sink) else {
        parsed.diagnostics = sink.out;
        return parsed;
    };
    let Some((yaml, body, body_line)) = split(&text, &mut sink) else {
        parsed.diagnostics = sink.out;
        return parsed;
    };
    let fm = front_matter(yaml, &mut sink);
    parsed.patterns_at.clone_from(&fm.patterns);
    let sections = sections(body, body_line, &mut sink);
    let get = |name: &str| {
        sections
            .iter()
            .find(|s| s.0.eq_ignore_ascii_case(name))
            .map(|s| (s.1, s.2.clone()))
    };
    for want in REQUIRED {
        if get(want).is_none() {
            sink.error(
                body_line,
                1,
                format!("a problem needs a `## {want}` section"),
            );
        }
    }
    let mut examples = Vec::new();
    let mut hints = Vec::new();
    if let Some(sig) = &fm.signature
        && let Some((line, md)) = get("Examples")
    {
        examples = parse_examples(sig, &md, line + 1, &mut sink);
        if !md.lines().any(|l| l.trim() == "```example") {
            sink.error(
                line,
                1,
                "`## Examples` needs at least one ```example block (see docs/FORMAT.md)",
            );
        }
    }
    if let Some((line, md)) = get("Hints") {
        hints = list_items(&md);
        if hints.is_empty() {
            sink.error(
                line,
                1,
                "`## Hints` is a numbered list of hints, from gentle to revealing",
            );
        }
    }
    let mut hidden = Vec::new();
    if let (Some(sig), Some(file)) = (&fm.signature, tests) {
        let mut tsink = Sink::new(file.path);
        if let Some(text) = text_of(file, MAX_TESTS_BYTES, &mut tsink) {
            hidden = parse_tests(sig, &text, CaseKind::Hidden, &mut tsink);
        }
        sink.out.append(&mut tsink.out);
    }
    if !sink.has_errors() {
        let section = |name: &str| get(name).map(|s| s.1.trim().to_owned()).unwrap_or_default();
        parsed.problem = Some(Problem {
            id: fm.id.unwrap_or_else(|| folder.to_owned()),
            title: fm.title.unwrap_or_default(),
            difficulty: fm.difficulty.unwrap_or(Difficulty::Medium),
            patterns: fm.patterns.into_iter().map(|p| p.0).collect(),
            tags: fm.tags,
            signature: fm
                .signature
                .unwrap_or(Signature::Function(signature::Method {
                    name: String::new(),
                    params: Vec::new(),
                    ret: Type::Int,
                })),
            compare: fm.compare,
            tolerance: fm.tolerance,
            minutes: fm.minutes,
            time_factor: fm.time_factor,
            time_limit_ms: fm.time_limit_ms,
            memory_mb: fm.memory_mb,
            languages: fm.languages,
            statement: section("Statement"),
            examples_md: section("Examples"),
            constraints: section("Constraints"),
            hints,
            solution: section("Solution"),
            follow_ups: section("Follow-ups"),
            examples,
            tests: hidden,
        });
    }
    parsed.diagnostics = sink.out;
    parsed
}

/// The file as text with control characters removed (reported), or `None` after an error.
fn text_of(file: File, limit: u64, sink: &mut Sink) -> Option<String> {
    if file.bytes.len() as u64 > limit {
        sink.error(
            1,
            1,
            format!(
                "the file is {} KiB; at most {} KiB is read",
                file.bytes.len() / 1024,
                limit / 1024
            ),
        );
        return None;
    }
    let Ok(text) = std::str::from_utf8(file.bytes) else {
        sink.error(1, 1, "the file is not valid UTF-8: save it as UTF-8");
        return None;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (clean, removed) = sanitize::strip_controls(text);
    if let Some((line, col)) = removed {
        sink.warning(
            line,
            col,
            "control characters (such as ESC) were removed: problems may not drive the terminal",
        );
    }
    Some(clean)
}

/// Splits `---` front matter from the body: (yaml, body, body's first line).
fn split<'a>(text: &'a str, sink: &mut Sink) -> Option<(&'a str, &'a str, usize)> {
    let Some(rest) = text.strip_prefix("---\n") else {
        sink.error(
            1,
            1,
            "a problem must start with YAML front matter: a line `---`, then title, difficulty, patterns, tags, signature and estimated_time, then `---`",
        );
        return None;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = text[..text.len() - body.len()].matches('\n').count() + 1;
            return Some((yaml, body, body_line));
        }
        offset += line.len();
    }
    sink.error(
        1,
        1,
        "the front matter is not closed: add a line `---` after its last key",
    );
    None
}

#[derive(Debug)]
struct Front {
    id: Option<String>,
    title: Option<String>,
    difficulty: Option<Difficulty>,
    patterns: Vec<(String, usize, usize)>,
    tags: Vec<String>,
    signature: Option<Signature>,
    compare: Compare,
    tolerance: f64,
    minutes: u16,
    time_factor: f64,
    time_limit_ms: u32,
    memory_mb: u32,
    languages: Vec<Lang>,
}

/// 1-based (line, column) of a key's value in the file (the front matter starts on line 2).
fn key_at(yaml: &str, key: &str) -> (usize, usize) {
    for (i, line) in yaml.lines().enumerate() {
        if let Some(rest) = line.strip_prefix(key)
            && let Some(after) = rest.strip_prefix(':')
        {
            let value = after.trim_start();
            let col = if value.is_empty() {
                1
            } else {
                line.len() - value.len() + 1
            };
            return (i + 2, col);
        }
    }
    (2, 1)
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn front_matter(yaml: &str, sink: &mut Sink) -> Front {
    let mut fm = Front {
        id: None,
        title: None,
        difficulty: None,
        patterns: Vec::new(),
        tags: Vec::new(),
        signature: None,
        compare: Compare::Exact,
        tolerance: DEFAULT_TOLERANCE,
        minutes: 30,
        time_factor: DEFAULT_TIME_FACTOR,
        time_limit_ms: DEFAULT_TIME_LIMIT_MS,
        memory_mb: DEFAULT_MEMORY_MB,
        languages: Lang::ALL.to_vec(),
    };
    let map = match serde_yaml_ng::from_str::<Yaml>(yaml) {
        Ok(Yaml::Mapping(m)) => m,
        Ok(_) => {
            sink.error(
                2,
                1,
                "the front matter must be a list of `key: value` lines",
            );
            return fm;
        }
        Err(e) => {
            let (line, col) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
            sink.error(
                line + 1,
                col,
                format!("the front matter is not valid YAML ({e}); check quoting, brackets and indentation"),
            );
            return fm;
        }
    };
    for (key, value) in &map {
        let Some(key) = key.as_str() else { continue };
        let (line, col) = key_at(yaml, key);
        let text = |v: &Yaml| v.as_str().map(str::trim).map(str::to_owned);
        let list = |v: &Yaml| -> Option<Vec<String>> {
            v.as_sequence()?
                .iter()
                .map(|x| x.as_str().map(str::to_owned))
                .collect()
        };
        let mut bad = |what: &str| sink.error(line, col, format!("`{key}` {what}"));
        match key {
            "id" => match text(value) {
                Some(id) if is_id(&id) => fm.id = Some(id),
                _ => bad("must be lowercase letters, digits and `-`, e.g. `two-sum`"),
            },
            "title" => match text(value) {
                Some(t) if !t.is_empty() => fm.title = Some(t),
                _ => bad("must be a non-empty string"),
            },
            "difficulty" => match value.as_str().and_then(Difficulty::parse) {
                Some(d) => fm.difficulty = Some(d),
                None => bad(&format!("must be {}", Difficulty::choices())),
            },
            "patterns" => match list(value) {
                Some(ps) if !ps.is_empty() => {
                    for p in ps {
                        if is_id(&p) {
                            let at = yaml
                                .lines()
                                .nth(line - 2)
                                .and_then(|l| l.find(&p))
                                .map_or(col, |i| i + 1);
                            fm.patterns.push((p, line, at));
                        } else {
                            bad(&format!("has `{p}`, which is not a topic id"));
                            return fm;
                        }
                    }
                }
                _ => bad("must be a non-empty list of topic ids, e.g. [two-pointers]"),
            },
            "tags" => match list(value) {
                Some(ts) if ts.iter().all(|t| is_id(t)) => fm.tags = ts,
                _ => bad("must be a list of lowercase tags joined by `-`"),
            },
            "signature" => match value.as_str() {
                Some(s) => match signature::parse(s) {
                    Ok(sig) => fm.signature = Some(sig),
                    Err(e) => {
                        // A block scalar (`signature: |`) starts on the next line.
                        let block = value_is_block(yaml, line);
                        let (l, c) = if block {
                            (line + 1 + e.line, e.col + 2)
                        } else {
                            (line, col + e.col - 1 + usize::from(yaml_quoted(yaml, line)))
                        };
                        sink.error(l, c, format!("signature: {}", e.message));
                    }
                },
                None => {
                    bad("must be a string, e.g. \"two_sum(nums: int[], target: int) -> int[]\"");
                }
            },
            "compare" => match value.as_str().and_then(Compare::parse) {
                Some(c) => fm.compare = c,
                None => bad("must be exact, unordered, unordered-nested or checker"),
            },
            "tolerance" => match value.as_f64() {
                Some(t) if (0.0..1.0).contains(&t) => fm.tolerance = t,
                _ => bad("must be a number between 0 and 1, e.g. 1e-6"),
            },
            "estimated_time" => match value.as_str().and_then(crate::duration::parse_minutes) {
                Some(m) => fm.minutes = m,
                None => bad("must be like 20min or 1h"),
            },
            "time_factor" => match value.as_f64() {
                Some(t) if (1.0..=1000.0).contains(&t) => fm.time_factor = t,
                _ => bad("must be a number from 1 to 1000"),
            },
            "time_limit_ms" => match value.as_u64() {
                Some(t) if (100..=60_000).contains(&t) => fm.time_limit_ms = t as u32,
                _ => bad("must be milliseconds from 100 to 60000"),
            },
            "memory_mb" => match value.as_u64() {
                Some(m) if (16..=4096).contains(&m) => fm.memory_mb = m as u32,
                _ => bad("must be megabytes from 16 to 4096"),
            },
            "languages" => {
                let langs: Option<Vec<Lang>> =
                    list(value).and_then(|l| l.iter().map(|s| Lang::parse(s)).collect());
                match langs {
                    Some(l) if !l.is_empty() => fm.languages = l,
                    _ => bad(&format!("must be a list of {}", Lang::choices())),
                }
            }
            "schema_version" => match value.as_u64() {
                Some(v) if v >= 1 && v <= u64::from(SCHEMA_VERSION) => {}
                Some(v) if v > u64::from(SCHEMA_VERSION) => bad(&format!(
                    "is {v}, but this swelearn reads problem format {SCHEMA_VERSION}: update swelearn to read this problem"
                )),
                _ => bad("must be a positive whole number"),
            },
            other => {
                let hint = KEYS
                    .iter()
                    .find(|k| crate::text::edit_distance(k, other, 2) <= 2 || k.starts_with(other))
                    .map_or_else(
                        || format!("; known keys are {}", KEYS.join(", ")),
                        |k| format!("; did you mean `{k}`?"),
                    );
                sink.warning(
                    line,
                    1,
                    format!("unknown front matter key `{other}` is ignored{hint}"),
                );
            }
        }
    }
    for (key, missing) in [
        ("title", fm.title.is_none()),
        ("difficulty", fm.difficulty.is_none()),
        ("signature", fm.signature.is_none()),
        ("patterns", fm.patterns.is_empty()),
    ] {
        if missing && !map.contains_key(key) {
            sink.error(2, 1, format!("the front matter needs `{key}`"));
        }
    }
    if matches!(fm.compare, Compare::Unordered | Compare::UnorderedNested)
        && let Some(sig) = &fm.signature
        && !matches!(sig, Signature::Function(m) if m.ret.depth() > 0)
    {
        let (line, col) = key_at(yaml, "compare");
        sink.error(
            line,
            col,
            "`compare: unordered` needs a function that returns an array",
        );
    }
    fm
}

fn value_is_block(yaml: &str, line: usize) -> bool {
    yaml.lines()
        .nth(line - 2)
        .is_some_and(|l| l.trim_end().ends_with('|') || l.trim_end().ends_with('>'))
}

fn yaml_quoted(yaml: &str, line: usize) -> bool {
    yaml.lines()
        .nth(line - 2)
        .and_then(|l| l.split_once(':'))
        .is_some_and(|(_, v)| v.trim_start().starts_with(['"', '\'']))
}

/// `##` sections outside code fences: (title, heading line, body).
fn sections(body: &str, body_line: usize, sink: &mut Sink) -> Vec<(String, usize, String)> {
    let mut out: Vec<(String, usize, String)> = Vec::new();
    let mut fence: Option<&str> = None;
    for (i, line) in body.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        if let Some(f) = fence {
            if trimmed.trim_end() == f {
                fence = None;
            }
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            let marker = &trimmed[..trimmed
                .find(|c| c != '`' && c != '~')
                .unwrap_or(trimmed.trim_end().len())];
            fence = Some(marker);
        } else if let Some(title) = line.strip_prefix("## ") {
            let title = title.trim().to_owned();
            if !SECTIONS.iter().any(|s| s.eq_ignore_ascii_case(&title)) {
                sink.warning(
                    body_line + i,
                    4,
                    format!(
                        "unknown section `{title}` is shown but has no meaning; sections are {}",
                        SECTIONS.join(", ")
                    ),
                );
            }
            if out.iter().any(|s| s.0.eq_ignore_ascii_case(&title)) {
                sink.error(body_line + i, 4, format!("`## {title}` appears twice"));
            }
            out.push((title, body_line + i, String::new()));
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.2.push_str(line);
        } else if !line.trim().is_empty() {
            sink.warning(
                body_line + i,
                1,
                "text before the first `##` section is not shown: move it under `## Statement`",
            );
        }
    }
    out
}

/// The items of a numbered or bulleted list, continuation lines joined.
fn list_items(md: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for line in md.lines() {
        let t = line.trim_start();
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = if digits > 0 {
            t[digits..]
                .strip_prefix(". ")
                .or_else(|| t[digits..].strip_prefix(") "))
        } else {
            t.strip_prefix("- ").or_else(|| t.strip_prefix("* "))
        };
        match rest {
            Some(item) if line.len() - t.len() < 2 => items.push(item.trim().to_owned()),
            _ => {
                if let Some(last) = items.last_mut()
                    && !t.is_empty()
                {
                    last.push(' ');
                    last.push_str(t.trim_end());
                }
            }
        }
    }
    items
}

/// The `example` code blocks of the Examples section, as cases.
fn parse_examples(sig: &Signature, md: &str, first_line: usize, sink: &mut Sink) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut block: Option<(usize, Vec<(usize, String)>)> = None;
    for (i, line) in md.lines().enumerate() {
        let line_no = first_line + i;
        let t = line.trim();
        match &mut block {
            None => {
                if t == "```example" {
                    block = Some((line_no, Vec::new()));
                }
            }
            Some(_) if t == "```" => {
                let Some((start, lines)) = block.take() else {
                    continue;
                };
                let number = cases.len() + 1;
                if let Some((input, expected)) = example(sig, &lines, start, sink) {
                    cases.push(Case {
                        kind: CaseKind::Example,
                        number,
                        input,
                        expected: Some(expected),
                        note: String::new(),
                    });
                }
            }
            Some((_, lines)) => {
                if !t.is_empty() {
                    lines.push((line_no, line.to_owned()));
                }
            }
        }
    }
    if let Some((start, _)) = block {
        sink.error(start, 1, "this ```example block is not closed with ```");
    }
    cases
}

fn json_at(text: &str, line: usize, col: usize, sink: &mut Sink) -> Option<Value> {
    match Value::parse_json(text.trim()) {
        Ok(v) => Some(v),
        Err(e) => {
            sink.error(line, col, format!("{e}"));
            None
        }
    }
}

/// One example: `name = value` lines and `-> output` for a function; `Class(args)` then
/// `method(args) -> output` lines for a class.
fn example(
    sig: &Signature,
    lines: &[(usize, String)],
    start: usize,
    sink: &mut Sink,
) -> Option<(Input, Value)> {
    let errors = sink.out.len();
    match sig {
        Signature::Function(m) => {
            let mut args = Vec::new();
            let mut output = None;
            let mut output_line = start;
            for (no, line) in lines {
                if let Some(out) = line.trim_start().strip_prefix("->") {
                    output_line = *no;
                    output = json_at(out, *no, line.find("->").unwrap_or(0) + 3, sink);
                } else if let Some((name, value)) = line.split_once('=') {
                    let name = name.trim();
                    let Some(p) = m.params.get(args.len()) else {
                        sink.error(
                            *no,
                            1,
                            format!(
                                "`{name}` is one argument too many: {} takes {}",
                                m.name,
                                m.params.len()
                            ),
                        );
                        return None;
                    };
                    if p.name != name {
                        sink.error(*no, 1, format!("expected the argument `{}` here (in the signature's order), found `{name}`", p.name));
                        return None;
                    }
                    let v = json_at(value, *no, line.find('=').unwrap_or(0) + 2, sink)?;
                    match v.conform(&p.ty) {
                        Ok(v) => args.push(v),
                        Err(e) => {
                            sink.error(
                                *no,
                                line.find('=').unwrap_or(0) + 2,
                                format!("{name}: {e}"),
                            );
                        }
                    }
                } else {
                    sink.error(
                        *no,
                        1,
                        "write `name = value` for each argument, then `-> result`",
                    );
                }
            }
            if sink.out.len() > errors {
                return None;
            }
            if args.len() != m.params.len() {
                sink.error(
                    start,
                    1,
                    format!(
                        "this example gives {} of {}'s {} arguments",
                        args.len(),
                        m.name,
                        m.params.len()
                    ),
                );
                return None;
            }
            let Some(out) = output else {
                sink.error(start, 1, "this example has no `-> result` line");
                return None;
            };
            match out.conform(&m.ret) {
                Ok(out) => Some((Input::Args(args), out)),
                Err(e) => {
                    sink.error(output_line, 1, format!("the result: {e}"));
                    None
                }
            }
        }
        Signature::Class { .. } => {
            let mut calls = Vec::new();
            let mut outputs = Vec::new();
            for (no, line) in lines {
                let (call, out) = match line.split_once("->") {
                    Some((c, o)) => (c.trim(), Some((o, line.find("->").unwrap_or(0) + 3))),
                    None => (line.trim(), None),
                };
                let Some((method, args)) = call.strip_suffix(')').and_then(|c| c.split_once('('))
                else {
                    sink.error(*no, 1, "write each call as `method(arg, ...)`, with `-> result` when it returns one");
                    return None;
                };
                let args = json_at(&format!("[{args}]"), *no, method.len() + 2, sink)?;
                let mut parts = vec![Value::Str(method.trim().to_owned())];
                if let Value::Array(a) = args {
                    parts.extend(a);
                }
                calls.push(Value::Array(parts));
                outputs.push(match out {
                    Some((o, col)) => json_at(o, *no, col, sink)?,
                    None => Value::Null,
                });
            }
            let input = match Input::from_value(sig, Value::Array(calls)) {
                Ok(i) => i,
                Err(e) => {
                    sink.error(start, 1, format!("{e}"));
                    return None;
                }
            };
            let types = input.result_types(sig);
            for (i, (t, o)) in types.iter().zip(&outputs).enumerate() {
                if **t != Type::Void && *o == Value::Null {
                    let line = lines.get(i).map_or(start, |l| l.0);
                    sink.error(line, 1, "this call returns a value: add `-> result`");
                    return None;
                }
            }
            match conform_output(sig, &input, Value::Array(outputs)) {
                Ok(out) => Some((input, out)),
                Err(e) => {
                    sink.error(start, 1, format!("{e}"));
                    None
                }
            }
        }
    }
}

/// Reads a tests file: one JSON object a line, `{"in": [...], "out": ..., "note": "..."}`;
/// blank lines and lines starting with `#` are skipped.
pub fn parse_tests(sig: &Signature, text: &str, kind: CaseKind, sink: &mut Sink) -> Vec<Case> {
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let no = i + 1;
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let obj: serde_json::Value = match serde_json::from_str(t) {
            Ok(v) => v,
            Err(e) => {
                sink.error(no, e.column().max(1), format!("not valid JSON: {e}"));
                continue;
            }
        };
        let Some(map) = obj.as_object() else {
            sink.error(
                no,
                1,
                r#"each line is an object: {"in": [...], "out": ...}"#,
            );
            continue;
        };
        if let Some(k) = map
            .keys()
            .find(|k| !["in", "out", "note"].contains(&k.as_str()))
        {
            sink.error(
                no,
                1,
                format!("unknown key `{k}`: a case has \"in\", \"out\" and an optional \"note\""),
            );
            continue;
        }
        let Some(input) = map.get("in") else {
            sink.error(no, 1, r#"the case has no "in""#);
            continue;
        };
        let input = match Value::from_json(input).and_then(|v| Input::from_value(sig, v)) {
            Ok(i) => i,
            Err(e) => {
                sink.error(no, 1, format!("\"in\": {e}"));
                continue;
            }
        };
        let expected = match map.get("out") {
            None if kind == CaseKind::Mine => None,
            None => {
                sink.error(no, 1, r#"the case has no "out": write the expected result"#);
                continue;
            }
            Some(out) => match Value::from_json(out).and_then(|v| conform_output(sig, &input, v)) {
                Ok(v) => Some(v),
                Err(e) => {
                    sink.error(no, 1, format!("\"out\": {e}"));
                    continue;
                }
            },
        };
        let note = map
            .get("note")
            .and_then(|n| n.as_str())
            .unwrap_or_default()
            .to_owned();
        cases.push(Case {
            kind,
            number: cases.len() + 1,
            input,
            expected,
            note,
        });
    }
    cases
}

#[cfg(test)]
mod tests;
