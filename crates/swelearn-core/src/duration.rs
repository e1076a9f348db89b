//! `estimated_time` values: `20min`, `1h`, `1h30min`, parsed to minutes and shown back.

/// Parses `20min`, `1h` or `1h30min` to minutes. Returns `None` for anything else, or for a
/// total outside 1 minute to 10 hours.
pub fn parse_minutes(s: &str) -> Option<u16> {
    let s = s.trim();
    let (hours, rest) = match s.find('h') {
        Some(i) => (number(&s[..i])?, &s[i + 1..]),
        None => (0, s),
    };
    let minutes = if rest.is_empty() {
        if hours == 0 {
            return None;
        }
        0
    } else {
        let m = number(rest.strip_suffix("min")?)?;
        if hours > 0 && m >= 60 {
            return None;
        }
        m
    };
    let total = hours.checked_mul(60)?.checked_add(minutes)?;
    (1..=600).contains(&total).then_some(total as u16)
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Formats minutes the way topic files write them: `20min`, `1h`, `1h30min`.
pub fn format_minutes(total: u16) -> String {
    match (total / 60, total % 60) {
        (0, m) => format!("{m}min"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m}min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_forms() {
        for (text, want) in [
            ("20min", Some(20)),
            ("1h", Some(60)),
            ("1h30min", Some(90)),
            ("10h", Some(600)),
            (" 45min ", Some(45)),
            ("0min", None),
            ("11h", None),
            ("1h75min", None),
            ("20", None),
            ("20 min", None),
            ("20m", None),
            ("h", None),
            ("1h30", None),
            ("-5min", None),
            ("", None),
        ] {
            assert_eq!(parse_minutes(text), want, "{text:?}");
        }
    }

    #[test]
    fn formats_round_trip() {
        for m in [1, 20, 59, 60, 90, 125, 600] {
            assert_eq!(parse_minutes(&format_minutes(m)), Some(m));
        }
    }
}
