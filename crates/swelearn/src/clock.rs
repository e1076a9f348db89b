//! The one clock of the binary, for commands and the terminal UI alike, and the user's local
//! time zone. `SWELEARN_NOW` (Unix seconds) fixes the clock, so tests and demos run at a chosen
//! moment; the zone is `TZ` when set, else the system's. Nothing else reads the time.

/// The current time in Unix seconds (`SWELEARN_NOW` overrides it).
pub fn now() -> i64 {
    if let Some(t) = std::env::var("SWELEARN_NOW")
        .ok()
        .and_then(|v| v.trim().parse().ok())
    {
        return t;
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs().cast_signed())
}

/// Seconds east of UTC of the user's local time at `at` (0 when the zone cannot be found).
pub fn utc_offset(at: i64) -> i64 {
    let Ok(t) = jiff::Timestamp::from_second(at) else {
        return 0;
    };
    i64::from(jiff::tz::TimeZone::system().to_offset(t).seconds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posix_zone_gives_its_offset() {
        // Read through jiff's parser directly, not the process environment, which other
        // tests share.
        let india = jiff::tz::TimeZone::posix("IST-5:30").expect("zone");
        let t = jiff::Timestamp::from_second(1_800_000_000).expect("time");
        assert_eq!(india.to_offset(t).seconds(), 19_800);
        assert_eq!(utc_offset(i64::MAX), 0, "out of range: UTC");
    }
}
