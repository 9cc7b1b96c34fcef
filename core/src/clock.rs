//! Virtual time: the only "now" the engine knows.
//!
//! Time is an integer count of milliseconds since the Unix epoch (`SimTime`); nothing in `core`
//! reads the wall clock. The browser or the native binary moves the clock by calling
//! `Cluster::advance`, so a test, the terminal binary and the page all see the same bytes.
//! This module also renders the two timestamp formats Kubernetes shows: RFC 3339 (`-o yaml`)
//! and Go's RFC 1123Z (`kubectl describe`).

use std::fmt;

/// A point in simulated time, in milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SimTime(pub i64);

/// A span of simulated time in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SimDuration(pub i64);

impl SimDuration {
    pub const ZERO: SimDuration = SimDuration(0);

    pub const fn from_millis(millis: i64) -> SimDuration {
        SimDuration(millis)
    }

    pub const fn from_secs(secs: i64) -> SimDuration {
        SimDuration(secs.saturating_mul(1000))
    }

    pub const fn as_millis(self) -> i64 {
        self.0
    }
}

impl SimTime {
    /// The moment every fresh playground starts at: the cluster was created some days earlier.
    pub const PLAYGROUND_START: SimTime = SimTime(1_795_770_000_000); // 2026-11-27T09:00:00Z

    pub fn plus(self, duration: SimDuration) -> SimTime {
        SimTime(self.0.saturating_add(duration.0))
    }

    pub fn minus(self, duration: SimDuration) -> SimTime {
        SimTime(self.0.saturating_sub(duration.0))
    }

    /// `self - earlier`, saturating.
    pub fn since(self, earlier: SimTime) -> SimDuration {
        SimDuration(self.0.saturating_sub(earlier.0))
    }

    /// The time cut to its whole second: a `metav1.Time` as the API carries it.
    pub fn whole_second(self) -> SimTime {
        SimTime(self.0 - self.0.rem_euclid(1000))
    }

    /// Whole seconds since the epoch, rounded down (Kubernetes timestamps have second precision).
    pub fn unix_seconds(self) -> i64 {
        self.0.div_euclid(1000)
    }

    /// `2019-01-27T06:11:54Z`, as `metav1.Time` marshals.
    pub fn rfc3339(self) -> String {
        let civil = Civil::from_unix_seconds(self.unix_seconds());
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            civil.year, civil.month, civil.day, civil.hour, civil.minute, civil.second
        )
    }

    /// `2019-01-27T06:11:54.123000Z`: a `metav1.MicroTime` as the API server writes it
    /// (`RFC3339Micro`, always six digits).
    pub fn rfc3339_micro(self) -> String {
        let nanos = self.rfc3339_nano_fixed();
        format!(
            "{}Z",
            nanos.get(..nanos.len().saturating_sub(4)).unwrap_or("")
        )
    }

    /// `2019-01-27T06:11:54.123000000Z`: the kubelet's `RFC3339NanoFixed`, which
    /// `kubectl logs --timestamps` prints before each line.
    pub fn rfc3339_nano_fixed(self) -> String {
        let civil = Civil::from_unix_seconds(self.unix_seconds());
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z",
            civil.year,
            civil.month,
            civil.day,
            civil.hour,
            civil.minute,
            civil.second,
            self.0.rem_euclid(1000) * 1_000_000
        )
    }

    /// An HTTP `Date` header's value: `Fri, 27 Nov 2026 09:00:00 GMT`.
    pub fn http_date(self) -> String {
        let text = self.rfc1123z();
        text.strip_suffix(" +0000")
            .map_or(text.clone(), |stamp| format!("{stamp} GMT"))
    }

    /// `Sun, 27 Jan 2019 23:43:24 +0000`, Go's `time.RFC1123Z` in UTC, as `kubectl describe` prints.
    pub fn rfc1123z(self) -> String {
        let civil = Civil::from_unix_seconds(self.unix_seconds());
        format!(
            "{}, {:02} {} {:04} {:02}:{:02}:{:02} +0000",
            civil.weekday_name(),
            civil.day,
            civil.month_name(),
            civil.year,
            civil.hour,
            civil.minute,
            civil.second
        )
    }

    /// klog's header time, `1128 05:59:42.292000` (month, day, and the time with microseconds).
    pub fn klog_header(self) -> String {
        let civil = Civil::from_unix_seconds(self.unix_seconds());
        format!(
            "{:02}{:02} {:02}:{:02}:{:02}.{:06}",
            civil.month,
            civil.day,
            civil.hour,
            civil.minute,
            civil.second,
            self.0.rem_euclid(1000) * 1000
        )
    }

    /// C's `strftime` in UTC for the conversions busybox `date +FORMAT` is given in practice
    /// (`%Y %m %d %e %H %M %S %s %N %a %A %b %B %y %j %F %T %D %R %Z %z %n %t %%`); others are
    /// left as written, as glibc/musl print an unknown one.
    pub fn strftime(self, format: &str) -> String {
        let civil = Civil::from_unix_seconds(self.unix_seconds());
        let mut out = String::new();
        let mut chars = format.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let Some(conversion) = chars.next() else {
                out.push('%');
                break;
            };
            let day_of_year = days_from_civil(civil.year, civil.month, civil.day)
                - days_from_civil(civil.year, 1, 1)
                + 1;
            let text = match conversion {
                'Y' => format!("{}", civil.year),
                'm' => format!("{:02}", civil.month),
                'd' => format!("{:02}", civil.day),
                'e' => format!("{:2}", civil.day),
                'H' => format!("{:02}", civil.hour),
                'M' => format!("{:02}", civil.minute),
                'S' => format!("{:02}", civil.second),
                's' => format!("{}", self.unix_seconds()),
                'N' => format!("{:09}", self.0.rem_euclid(1000) * 1_000_000),
                'a' => civil.weekday_name().to_string(),
                'A' => civil.weekday_full_name().to_string(),
                'b' | 'h' => civil.month_name().to_string(),
                'B' => civil.month_full_name().to_string(),
                'y' => format!("{:02}", civil.year.rem_euclid(100)),
                'j' => format!("{day_of_year:03}"),
                'F' => format!("{}-{:02}-{:02}", civil.year, civil.month, civil.day),
                'T' => format!("{:02}:{:02}:{:02}", civil.hour, civil.minute, civil.second),
                'R' => format!("{:02}:{:02}", civil.hour, civil.minute),
                'D' => format!(
                    "{:02}/{:02}/{:02}",
                    civil.month,
                    civil.day,
                    civil.year.rem_euclid(100)
                ),
                'Z' => "UTC".to_string(),
                'z' => "+0000".to_string(),
                'n' => "\n".to_string(),
                't' => "\t".to_string(),
                '%' => "%".to_string(),
                other => format!("%{other}"),
            };
            out.push_str(&text);
        }
        out
    }

    /// Parses RFC 3339 (`YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`), to the millisecond.
    pub fn parse_rfc3339(text: &str) -> Option<SimTime> {
        let bytes = text.as_bytes();
        if bytes.len() < 20 {
            return None;
        }
        // The zone: `Z` or `±HH:MM`, which is subtracted to get UTC.
        let (rest, offset_seconds) = if let Some(rest) = text.strip_suffix(['Z', 'z']) {
            (rest, 0)
        } else {
            let split = text.len().checked_sub(6)?;
            let (rest, zone) = (text.get(..split)?, text.get(split..)?);
            let sign = match zone.as_bytes().first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return None,
            };
            let hours: i64 = zone.get(1..3)?.parse().ok()?;
            let minutes: i64 = zone.get(4..6)?.parse().ok()?;
            if zone.get(3..4) != Some(":") || hours > 23 || minutes > 59 {
                return None;
            }
            (rest, sign * (hours * 3600 + minutes * 60))
        };
        let (rest, millis) = match rest.split_once('.') {
            Some((rest, fraction)) => {
                if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let padded = format!("{fraction:0<3}");
                (rest, padded.get(..3)?.parse::<i64>().ok()?)
            }
            None => (rest, 0),
        };
        let text = rest;
        if text.len() != 19 {
            return None;
        }
        let number =
            |range: std::ops::Range<usize>| -> Option<i64> { text.get(range)?.parse::<i64>().ok() };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
        if text.get(4..5) != Some("-") || text.get(10..11) != Some("T") {
            return None;
        }
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_seconds;
        Some(SimTime(seconds * 1000 + millis))
    }
}

impl fmt::Display for SimTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rfc3339())
    }
}

struct Civil {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
}

impl Civil {
    fn from_unix_seconds(seconds: i64) -> Civil {
        let days = seconds.div_euclid(86_400);
        let second_of_day = seconds.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: second_of_day / 3600,
            minute: second_of_day % 3600 / 60,
            second: second_of_day % 60,
            // 1970-01-01 was a Thursday (index 4 with Sunday = 0).
            weekday: (days + 4).rem_euclid(7),
        }
    }

    fn weekday_name(&self) -> &'static str {
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
            .get(self.weekday as usize)
            .copied()
            .unwrap_or("Sun")
    }

    fn weekday_full_name(&self) -> &'static str {
        [
            "Sunday",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
        ]
        .get(self.weekday as usize)
        .copied()
        .unwrap_or("Sunday")
    }

    fn month_full_name(&self) -> &'static str {
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
        .get((self.month - 1) as usize)
        .copied()
        .unwrap_or("January")
    }

    fn month_name(&self) -> &'static str {
        [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
        .get((self.month - 1) as usize)
        .copied()
        .unwrap_or("Jan")
    }
}

/// Howard Hinnant's `civil_from_days`: days since 1970-01-01 to (year, month, day).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month_index = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_timestamps() {
        for (millis, rfc3339, rfc1123z) in [
            (0, "1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 +0000"),
            (
                1_548_569_514_000,
                "2019-01-27T06:11:54Z",
                "Sun, 27 Jan 2019 06:11:54 +0000",
            ),
            (
                SimTime::PLAYGROUND_START.0,
                "2026-11-27T09:00:00Z",
                "Fri, 27 Nov 2026 09:00:00 +0000",
            ),
            (
                951_782_400_000,
                "2000-02-29T00:00:00Z",
                "Tue, 29 Feb 2000 00:00:00 +0000",
            ),
        ] {
            let time = SimTime(millis);
            assert_eq!(time.rfc3339(), rfc3339);
            assert_eq!(time.rfc1123z(), rfc1123z);
            assert_eq!(SimTime::parse_rfc3339(rfc3339), Some(time));
        }
    }

    #[test]
    fn rejects_malformed_timestamps() {
        for text in [
            "",
            "2019",
            "2019-13-01T00:00:00Z",
            "garbage-garbage-garb",
            "2019-01-01 00:00:00Z",
        ] {
            assert_eq!(SimTime::parse_rfc3339(text), None, "{text}");
        }
    }
}
