//! Reads and checks a topic's YAML front matter, reporting each problem at the line and column
//! of the key or value at fault.

use serde_yaml_ng::Value;

use crate::diagnostic::Sink;
use crate::topic::{Category, Difficulty, Level};
use crate::{SCHEMA_VERSION, duration};

/// The checked front matter. Fields whose value was bad are `None` (an error was reported).
#[derive(Debug, Default, Clone)]
pub struct FrontMatter {
    pub id: Option<String>,
    pub title: Option<String>,
    pub tags: Vec<String>,
    pub difficulty: Option<Difficulty>,
    pub minutes: Option<u16>,
    pub category: Option<Category>,
    pub level: Option<Level>,
    /// Related ids with the line and column where each was written.
    pub related: Vec<(String, usize, usize)>,
    /// Lab ids with their positions.
    pub labs: Vec<(String, usize, usize)>,
    pub key_point_cards: Option<bool>,
    pub schema_version: Option<u32>,
}

/// Where the front matter and the body are in the file.
#[derive(Debug, Clone, Copy)]
pub struct Split {
    /// Byte offset of the first body character.
    pub body_start: usize,
    /// 1-based line the body starts on.
    pub body_line: usize,
}

const KEYS: &[&str] = &[
    "id",
    "title",
    "tags",
    "difficulty",
    "estimated_time",
    "category",
    "level",
    "related",
    "labs",
    "key_point_cards",
    "schema_version",
];

/// Parses the front matter at the start of `text`. Returns `None` (with an error reported) when
/// there is no usable front matter at all.
pub fn parse(text: &str, sink: &mut Sink) -> Option<(FrontMatter, Split)> {
    let Some(rest) = text.strip_prefix("---\n") else {
        sink.error(
            1,
            1,
            "a topic must start with YAML front matter: put a line `---` first, then title, tags, difficulty and estimated_time, then `---`",
        );
        return None;
    };
    let mut offset = 0;
    let mut end = None;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            end = Some(offset);
            break;
        }
        offset += line.len();
    }
    let Some(end) = end else {
        sink.error(
            1,
            1,
            "the front matter is not closed: add a line `---` after its last key",
        );
        return None;
    };
    let yaml = &rest[..end];
    let after = &rest[end..];
    let close_len = after.find('\n').map_or(after.len(), |i| i + 1);
    let body_start = 4 + end + close_len;
    let split = Split {
        body_start,
        body_line: text[..body_start].matches('\n').count() + 1,
    };
    let map = match serde_yaml_ng::from_str::<Value>(yaml) {
        Ok(Value::Mapping(map)) => map,
        Ok(Value::Null) => serde_yaml_ng::Mapping::new(),
        Ok(_) => {
            sink.error(
                2,
                1,
                "the front matter must be a list of `key: value` lines",
            );
            return None;
        }
        Err(e) => {
            let (problem, context) = yaml_error(&e);
            let (line, col) = context
                .as_ref()
                .map(|c| (c.1, c.2))
                .or_else(|| e.location().map(|l| (l.line(), l.column())))
                .unwrap_or((1, 1));
            let what = context.map_or(problem.clone(), |c| format!("{problem} {}", c.0));
            sink.error(
                line + 1,
                col,
                format!("the front matter is not valid YAML ({what}); check quoting, brackets and indentation"),
            );
            return None;
        }
    };
    let reader = Reader { yaml, sink };
    Some((reader.read(&map), split))
}

struct Reader<'s, 'a, 'p> {
    yaml: &'a str,
    sink: &'s mut Sink<'p>,
}

impl Reader<'_, '_, '_> {
    /// Line (in the file) and column of a key's value.
    fn at(&self, key: &str) -> (usize, usize) {
        for (i, line) in self.yaml.lines().enumerate() {
            if let Some(rest) = line.strip_prefix(key)
                && let Some(after) = rest.trim_start().strip_prefix(':')
            {
                let value_col = line.len() - after.trim_start().len();
                let col = if after.trim().is_empty() {
                    1
                } else {
                    value_col + 1
                };
                return (
                    i + 2,
                    line[..col.saturating_sub(1).min(line.len())]
                        .chars()
                        .count()
                        + 1,
                );
            }
        }
        (2, 1)
    }

    /// Position of the n-th item of a list-valued key (inline `[a, b]` or block `- a`).
    fn item_at(&self, key: &str, item: &str) -> (usize, usize) {
        let (line, _) = self.at(key);
        let lines: Vec<&str> = self.yaml.lines().collect();
        for (i, text) in lines.iter().enumerate().skip(line - 2) {
            if i > line - 2 && !text.starts_with([' ', '-', '\t']) {
                break;
            }
            if let Some(pos) = text.find(item) {
                return (i + 2, text[..pos].chars().count() + 1);
            }
        }
        self.at(key)
    }

    fn read(mut self, map: &serde_yaml_ng::Mapping) -> FrontMatter {
        let mut fm = FrontMatter::default();
        for (key, value) in map {
            let Some(key) = key.as_str() else {
                self.sink
                    .warning(2, 1, "a front matter key is not text; it is ignored");
                continue;
            };
            match key {
                "id" => fm.id = self.id(value),
                "title" => fm.title = self.title(value),
                "tags" => fm.tags = self.tags(value),
                "difficulty" => {
                    fm.difficulty = self.choice(key, value, Difficulty::parse, Difficulty::choices);
                }
                "estimated_time" => fm.minutes = self.minutes(value),
                "category" => {
                    fm.category = self.choice(key, value, Category::parse, Category::choices);
                }
                "level" => fm.level = self.choice(key, value, Level::parse, Level::choices),
                "related" => fm.related = self.id_list(key, value),
                "labs" => fm.labs = self.id_list(key, value),
                "key_point_cards" => fm.key_point_cards = self.boolean(key, value),
                "schema_version" => fm.schema_version = self.schema_version(value),
                other => {
                    let (line, _) = self.at(other);
                    let hint = KEYS
                        .iter()
                        .find(|k| crate::text::edit_distance(k, other, 2) <= 2)
                        .map_or_else(
                            || format!("; known keys are {}", KEYS.join(", ")),
                            |k| format!("; did you mean `{k}`?"),
                        );
                    self.sink.warning(
                        line,
                        1,
                        format!("unknown front matter key `{other}` is ignored{hint}"),
                    );
                }
            }
        }
        for (key, present) in [
            ("title", fm.title.is_some() || map.contains_key("title")),
            ("tags", !fm.tags.is_empty() || map.contains_key("tags")),
            (
                "difficulty",
                fm.difficulty.is_some() || map.contains_key("difficulty"),
            ),
            (
                "estimated_time",
                fm.minutes.is_some() || map.contains_key("estimated_time"),
            ),
        ] {
            if !present {
                let example = match key {
                    "title" => "title: \"Database Replication\"",
                    "tags" => "tags: [replication, consistency]",
                    "difficulty" => "difficulty: medium",
                    _ => "estimated_time: 20min",
                };
                self.sink.error(
                    2,
                    1,
                    format!("missing required key `{key}`: add a line such as `{example}`"),
                );
            }
        }
        fm
    }

    fn found(value: &Value) -> String {
        match value {
            Value::String(s) => format!("{s:?}"),
            Value::Null => "nothing".to_owned(),
            Value::Sequence(_) => "a list".to_owned(),
            Value::Mapping(_) => "a mapping".to_owned(),
            other => serde_yaml_ng::to_string(other)
                .map_or_else(|_| "?".to_owned(), |s| s.trim().to_owned()),
        }
    }

    fn string(&mut self, key: &str, value: &Value, what: &str) -> Option<String> {
        match value {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            other => {
                let (line, col) = self.at(key);
                self.sink.error(
                    line,
                    col,
                    format!("`{key}` must be {what} (found {})", Self::found(other)),
                );
                None
            }
        }
    }

    fn title(&mut self, value: &Value) -> Option<String> {
        let what = "the topic's title as text, e.g. \"Database Replication\"";
        let title = self.string("title", value, what)?;
        let title = self.visible("title", &title).trim().to_owned();
        if title.is_empty() {
            let (line, col) = self.at("title");
            self.sink.error(
                line,
                col,
                format!("`title` must be {what} (found only control characters)"),
            );
            return None;
        }
        Some(title)
    }

    /// Text decoded from YAML, whose escapes (`"\e"`, `"\x9b"`) can hold any character: control
    /// characters are removed with a warning, as they are from the raw file.
    fn visible(&mut self, key: &str, text: &str) -> String {
        let (clean, removed) = crate::sanitize::strip_controls(text);
        if removed.is_some() {
            let (line, col) = self.at(key);
            self.sink.warning(
                line,
                col,
                format!("control characters (such as ESC) in `{key}` were removed: topics may not drive the terminal"),
            );
        }
        clean
    }

    fn id(&mut self, value: &Value) -> Option<String> {
        let id = self.string("id", value, "lowercase letters, digits and `-`")?;
        if is_valid_id(&id) {
            Some(id)
        } else {
            let (line, col) = self.at("id");
            self.sink.error(
                line,
                col,
                format!("`id` must be lowercase letters, digits and `-` (found {id:?})"),
            );
            None
        }
    }

    fn choice<T>(
        &mut self,
        key: &str,
        value: &Value,
        parse: fn(&str) -> Option<T>,
        choices: fn() -> String,
    ) -> Option<T> {
        let parsed = value.as_str().and_then(|s| parse(s.trim()));
        if parsed.is_none() {
            let (line, col) = self.at(key);
            self.sink.error(
                line,
                col,
                format!("{key} must be {} (found {})", choices(), Self::found(value)),
            );
        }
        parsed
    }

    fn minutes(&mut self, value: &Value) -> Option<u16> {
        let parsed = value.as_str().and_then(duration::parse_minutes);
        if parsed.is_none() {
            let (line, col) = self.at("estimated_time");
            self.sink.error(
                line,
                col,
                format!(
                    "estimated_time must look like 20min, 1h or 1h30min, between 1min and 10h (found {})",
                    Self::found(value)
                ),
            );
        }
        parsed
    }

    fn boolean(&mut self, key: &str, value: &Value) -> Option<bool> {
        if let Value::Bool(b) = value {
            return Some(*b);
        }
        let (line, col) = self.at(key);
        self.sink.error(
            line,
            col,
            format!(
                "`{key}` must be true or false (found {})",
                Self::found(value)
            ),
        );
        None
    }

    fn schema_version(&mut self, value: &Value) -> Option<u32> {
        let (line, col) = self.at("schema_version");
        match value.as_u64().and_then(|v| u32::try_from(v).ok()) {
            Some(0) | None => {
                self.sink.error(
                    line,
                    col,
                    format!(
                        "schema_version must be a whole number such as {SCHEMA_VERSION} (found {})",
                        Self::found(value)
                    ),
                );
                None
            }
            Some(v) if v > SCHEMA_VERSION => {
                self.sink.error(
                    line,
                    col,
                    format!("this topic is written for schema_version {v}, but this swelearn reads up to version {SCHEMA_VERSION}: upgrade swelearn to read it"),
                );
                None
            }
            Some(v) => Some(v),
        }
    }

    fn strings(&mut self, key: &str, value: &Value) -> Vec<String> {
        let items = match value {
            Value::Sequence(items) => items,
            Value::Null => return Vec::new(),
            other => {
                let (line, col) = self.at(key);
                self.sink.error(
                    line,
                    col,
                    format!(
                        "`{key}` must be a list such as [a, b] (found {})",
                        Self::found(other)
                    ),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            match item {
                Value::String(s) if !s.trim().is_empty() => out.push(s.trim().to_owned()),
                other => {
                    let (line, col) = self.at(key);
                    self.sink.error(
                        line,
                        col,
                        format!(
                            "every item of `{key}` must be text (found {})",
                            Self::found(other)
                        ),
                    );
                }
            }
        }
        out
    }

    fn tags(&mut self, value: &Value) -> Vec<String> {
        let tags: Vec<String> = self
            .strings("tags", value)
            .iter()
            .map(|t| self.visible("tags", t).trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        if tags.is_empty() && !matches!(value, Value::Sequence(s) if !s.is_empty()) {
            let (line, col) = self.at("tags");
            if matches!(value, Value::Sequence(_) | Value::Null) {
                self.sink.error(
                    line,
                    col,
                    "`tags` must list at least one tag, e.g. [replication, consistency]",
                );
            }
        }
        for tag in &tags {
            if !is_valid_id(tag) {
                let (line, col) = self.item_at("tags", tag);
                self.sink.warning(line, col, format!("tag {tag:?} should be lowercase words joined by `-`, e.g. \"leader-election\""));
            }
        }
        tags.into_iter().map(|t| t.to_lowercase()).collect()
    }

    fn id_list(&mut self, key: &str, value: &Value) -> Vec<(String, usize, usize)> {
        self.strings(key, value)
            .into_iter()
            .map(|id| {
                let (line, col) = self.item_at(key, &id);
                (id, line, col)
            })
            .collect()
    }
}

/// Ids and tags: lowercase ASCII letters, digits and single `-` between words.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Splits a YAML error message like "found X at line 3 column 1, while scanning Y at line 1
/// column 8" into the problem and, when given, the context with its position (where the
/// construct at fault begins, which is where the fix goes).
fn yaml_error(e: &serde_yaml_ng::Error) -> (String, Option<(String, usize, usize)>) {
    let msg = e.to_string();
    let (problem, context) = match msg.split_once(", while ") {
        Some((p, c)) => (p, Some(c)),
        None => (msg.as_str(), None),
    };
    let strip = |s: &str| {
        s.split(" at line ")
            .next()
            .unwrap_or(s)
            .trim_start_matches("found ")
            .to_owned()
    };
    let context = context.and_then(|c| {
        let (what, at) = c.split_once(" at line ")?;
        let (line, col) = at.split_once(" column ")?;
        Some((
            format!("while {what}"),
            line.trim().parse().ok()?,
            col.trim().parse().ok()?,
        ))
    });
    (strip(problem), context)
}
