//! Study days: the span that daily limits, "today" in statistics, the plan and streaks count
//! in. A study day starts at the user's local midnight, or at a later hour they choose (as
//! Anki's "next day starts at"), never at UTC midnight. Pure: the caller passes the UTC offset
//! and the hour.

use crate::date::Date;
use crate::schedule::DAY;

/// Where the user's study days begin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StudyDay {
    /// Seconds east of UTC (India +19800, New York -18000 in winter).
    pub utc_offset: i64,
    /// Local hour at which a new study day begins, 0-23.
    pub starts_at_hour: u8,
}

impl StudyDay {
    /// Study days of a place `utc_offset` seconds east of UTC that begin at `starts_at_hour`
    /// local time (an offset is kept within a day, an hour within 0-23).
    pub fn new(utc_offset: i64, starts_at_hour: u8) -> StudyDay {
        StudyDay {
            utc_offset: utc_offset.clamp(-DAY + 1, DAY - 1),
            starts_at_hour: starts_at_hour.min(23),
        }
    }

    /// Seconds to add to a Unix time so that study days begin at multiples of a day.
    pub fn shift(self) -> i64 {
        self.utc_offset - i64::from(self.starts_at_hour) * 3600
    }

    /// The number of the study day holding `t` (days since the one holding 1970-01-01's start).
    pub fn index(self, t: i64) -> i64 {
        t.saturating_add(self.shift()).div_euclid(DAY)
    }

    /// When the study day holding `t` began (Unix seconds).
    pub fn start(self, t: i64) -> i64 {
        self.index(t)
            .saturating_mul(DAY)
            .saturating_sub(self.shift())
    }

    /// The calendar date of the study day holding `t`: the local date, or the day before in the
    /// hours before `starts_at_hour`.
    pub fn date(self, t: i64) -> Date {
        Date(self.index(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2027-01-15 00:00:00 UTC.
    const MIDNIGHT_UTC: i64 = 1_799_971_200;

    #[test]
    fn days_begin_at_local_midnight_and_at_the_chosen_hour() {
        assert_eq!(Date::from_unix(MIDNIGHT_UTC).to_string(), "2027-01-15");
        let hour = 3600;
        // (utc offset, starting hour, a time, when its study day began, its date)
        let cases = [
            // UTC: midnight UTC.
            (0, 0, MIDNIGHT_UTC + 5 * hour, MIDNIGHT_UTC, "2027-01-15"),
            (0, 0, MIDNIGHT_UTC - 1, MIDNIGHT_UTC - DAY, "2027-01-14"),
            // India, UTC+5:30: local midnight is 18:30 UTC the day before.
            (19_800, 0, MIDNIGHT_UTC, MIDNIGHT_UTC - 19_800, "2027-01-15"),
            (
                19_800,
                0,
                MIDNIGHT_UTC - 19_801,
                MIDNIGHT_UTC - 19_800 - DAY,
                "2027-01-14",
            ),
            // New York in winter, UTC-5: 02:00 UTC is still the evening before.
            (
                -5 * hour,
                0,
                MIDNIGHT_UTC + 2 * hour,
                MIDNIGHT_UTC + 5 * hour - DAY,
                "2027-01-14",
            ),
            // Days starting at 4:00 local: 03:59 belongs to yesterday, 04:00 to today.
            (
                0,
                4,
                MIDNIGHT_UTC + 4 * hour - 1,
                MIDNIGHT_UTC + 4 * hour - DAY,
                "2027-01-14",
            ),
            (
                0,
                4,
                MIDNIGHT_UTC + 4 * hour,
                MIDNIGHT_UTC + 4 * hour,
                "2027-01-15",
            ),
            // Both: UTC+5:30 with days starting at 4:00 local (22:30 UTC the day before).
            (
                19_800,
                4,
                MIDNIGHT_UTC - 5400,
                MIDNIGHT_UTC - 5400,
                "2027-01-15",
            ),
            (
                19_800,
                4,
                MIDNIGHT_UTC - 5401,
                MIDNIGHT_UTC - 5400 - DAY,
                "2027-01-14",
            ),
        ];
        for (offset, hour_of_day, t, start, date) in cases {
            let day = StudyDay::new(offset, hour_of_day);
            assert_eq!(day.start(t), start, "{day:?} at {t}");
            assert_eq!(day.date(t).to_string(), date, "{day:?} at {t}");
            assert_eq!(day.index(start), day.index(t));
            assert_eq!(day.index(start - 1), day.index(t) - 1);
        }
    }

    #[test]
    fn extreme_times_saturate() {
        let day = StudyDay::new(19_800, 4);
        for t in [i64::MIN, i64::MAX] {
            let _ = (day.index(t), day.start(t));
        }
        assert_eq!(StudyDay::new(i64::MAX, 99), StudyDay::new(DAY - 1, 23));
    }
}
