//! Small text helpers shared by the parser, the search, the renderer, and the command line and
//! terminal UI (which never borrow from each other).

use unicode_width::UnicodeWidthStr;

/// "a, b or c".
pub fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// Lowercase letters and digits only: how section names are compared.
pub fn normalize_name(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal
/// string alignment), giving up (returning `max + 1`) once it must exceed `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 0..a.len() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for j in 0..b.len() {
            let cost = usize::from(a[i] != b[j]);
            let mut d = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            if i > 0 && j > 0 && a[i] == b[j - 1] && a[i - 1] == b[j] {
                d = d.min(prev2[j - 1] + 1);
            }
            cur[j + 1] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(max + 1)
}

/// The text of each top-level list item of a section, continuation lines joined.
pub fn list_items(body: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    let mut in_fence = false;
    for line in body.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if in_fence {
            continue;
        }
        if let Some(text) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            items.push(text.trim().to_owned());
        } else if line.starts_with([' ', '\t'])
            && !line.trim().is_empty()
            && let Some(last) = items.last_mut()
        {
            last.push(' ');
            last.push_str(line.trim());
        }
    }
    items
}

/// A sparkline of counts with block characters (a blank for zero), scaled to the largest.
pub fn sparkline(values: &[u64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    values
        .iter()
        .map(|&v| {
            if v == 0 {
                ' '
            } else {
                BARS[((v * 7).div_ceil(max)).min(7) as usize]
            }
        })
        .collect()
}

/// A sparkline of counts (see [`sparkline`]).
pub fn sparkline_counts(values: &[usize]) -> String {
    sparkline(&values.iter().map(|&v| v as u64).collect::<Vec<_>>())
}

/// Cuts a string to at most `width` columns, with an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    if self::width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = self::width(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Display width of a string in terminal columns.
pub fn width(s: &str) -> usize {
    // Printable ASCII is one column a byte; that is most text, and far quicker to measure.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    UnicodeWidthStr::width(s)
}

/// Start offsets of every line, for turning byte offsets into line numbers.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(edit_distance("quorum", "qourum", 2), 1);
        assert_eq!(edit_distance("quorum", "qurom", 2), 2);
        assert_eq!(edit_distance("quorum", "quorum", 2), 0);
        assert_eq!(edit_distance("quorum", "quorums", 2), 1);
        assert_eq!(edit_distance("a", "abcdef", 2), 3);
    }

    #[test]
    fn line_index_counts_from_one() {
        let idx = LineIndex::new("ab\ncd\n\nx");
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.line(6), 3);
        assert_eq!(idx.line(7), 4);
    }

    #[test]
    fn fit_cuts_to_columns_with_an_ellipsis() {
        assert_eq!(fit("quorum", 6), "quorum");
        assert_eq!(fit("quorum", 4), "quo…");
        // Wide characters count two columns; none is split.
        assert_eq!(fit("日本語です", 6), "日本…");
        assert_eq!(fit("quorum", 1), "…");
        assert_eq!(fit("quorum", 0), "");
    }

    #[test]
    fn sparkline_counts_scales_to_the_largest() {
        assert_eq!(sparkline_counts(&[0, 1, 7, 14]), " ▂▅█");
        assert_eq!(sparkline_counts(&[]), "");
    }

    #[test]
    fn or_list_reads_naturally() {
        assert_eq!(or_list(&["easy", "medium", "hard"]), "easy, medium or hard");
    }
}
