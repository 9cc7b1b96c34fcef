//! Human-readable durations exactly as apimachinery `pkg/util/duration` prints them:
//! `HumanDuration` (the AGE column, event ages, `Terminating (lasts …)`) and
//! `ShortHumanDuration`.
//!
//! Inputs are signed durations (what Go's `time.Time.Sub` returns); this module deliberately does
//! not know what "now" is or where the timestamps come from. Like Go's `time.Duration`, durations
//! are held as nanoseconds in an `i64`, so millisecond inputs beyond ±292 years saturate exactly
//! as `time.Sub` saturates.

const NANOS_PER_MILLI: i64 = 1_000_000;
const NANOS_PER_SECOND: i64 = 1_000_000_000;
const NANOS_PER_MINUTE: i64 = 60 * NANOS_PER_SECOND;
const NANOS_PER_HOUR: i64 = 60 * NANOS_PER_MINUTE;

/// `duration.HumanDuration` for a duration given in milliseconds.
pub fn human_duration(millis: i64) -> String {
    human_duration_nanos(millis.saturating_mul(NANOS_PER_MILLI))
}

/// `duration.ShortHumanDuration` for a duration given in milliseconds.
pub fn short_human_duration(millis: i64) -> String {
    short_human_duration_nanos(millis.saturating_mul(NANOS_PER_MILLI))
}

/// Go's `time.Duration.Seconds()`: whole seconds plus the fraction, as float64.
fn go_duration_seconds(nanos: i64) -> f64 {
    let whole = nanos / NANOS_PER_SECOND;
    let fraction = nanos % NANOS_PER_SECOND;
    whole as f64 + fraction as f64 / 1e9
}

/// Go's `time.Duration.Minutes()`.
fn go_duration_minutes(nanos: i64) -> f64 {
    let whole = nanos / NANOS_PER_MINUTE;
    let fraction = nanos % NANOS_PER_MINUTE;
    whole as f64 + fraction as f64 / (60.0 * 1e9)
}

/// Go's `time.Duration.Hours()`.
fn go_duration_hours(nanos: i64) -> f64 {
    let whole = nanos / NANOS_PER_HOUR;
    let fraction = nanos % NANOS_PER_HOUR;
    whole as f64 + fraction as f64 / (60.0 * 60.0 * 1e9)
}

/// `duration.HumanDuration` for a duration given in nanoseconds (Go's `time.Duration`).
pub fn human_duration_nanos(nanos: i64) -> String {
    // Go: int(d.Seconds()) truncates toward zero.
    let seconds = go_duration_seconds(nanos) as i64;
    if seconds < -1 {
        return "<invalid>".to_string();
    }
    if seconds < 0 {
        return "0s".to_string();
    }
    if seconds < 60 * 2 {
        return format!("{seconds}s");
    }
    let minutes = nanos / NANOS_PER_MINUTE;
    if minutes < 10 {
        let s = (nanos / NANOS_PER_SECOND) % 60;
        if s == 0 {
            return format!("{minutes}m");
        }
        return format!("{minutes}m{s}s");
    }
    if minutes < 60 * 3 {
        return format!("{minutes}m");
    }
    let hours = nanos / NANOS_PER_HOUR;
    if hours < 8 {
        let m = (nanos / NANOS_PER_MINUTE) % 60;
        if m == 0 {
            return format!("{hours}h");
        }
        return format!("{hours}h{m}m");
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        let h = hours % 24;
        if h == 0 {
            return format!("{}d", hours / 24);
        }
        return format!("{}d{}h", hours / 24, h);
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        let days_of_year = (hours / 24) % 365;
        if days_of_year == 0 {
            return format!("{}y", hours / 24 / 365);
        }
        return format!("{}y{}d", hours / 24 / 365, days_of_year);
    }
    format!("{}y", hours / 24 / 365)
}

/// `duration.ShortHumanDuration` for a duration given in nanoseconds (Go's `time.Duration`).
pub fn short_human_duration_nanos(nanos: i64) -> String {
    let seconds = go_duration_seconds(nanos) as i64;
    if seconds < -1 {
        return "<invalid>".to_string();
    }
    if seconds < 0 {
        return "0s".to_string();
    }
    if seconds < 60 {
        return format!("{seconds}s");
    }
    let minutes = go_duration_minutes(nanos) as i64;
    if minutes < 60 {
        return format!("{minutes}m");
    }
    let hours = go_duration_hours(nanos) as i64;
    if hours < 24 {
        return format!("{hours}h");
    }
    if hours < 24 * 365 {
        return format!("{}d", hours / 24);
    }
    format!("{}y", (go_duration_hours(nanos) / 24.0 / 365.0) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: i64 = 1;
    const MS: i64 = NANOS_PER_MILLI;
    const S: i64 = NANOS_PER_SECOND;
    const M: i64 = NANOS_PER_MINUTE;
    const H: i64 = NANOS_PER_HOUR;

    /// apimachinery `duration_test.go` `TestHumanDuration` and `TestHumanDurationBoundaries`.
    #[test]
    fn human_duration_upstream_vectors() {
        let cases: &[(i64, &str)] = &[
            (S, "1s"),
            (70 * S, "70s"),
            (190 * S, "3m10s"),
            (70 * M, "70m"),
            (47 * H, "47h"),
            (49 * H, "2d1h"),
            ((8 * 24 + 2) * H, "8d"),
            ((367 * 24) * H, "367d"),
            ((365 * 2 * 24 + 25) * H, "2y1d"),
            ((365 * 8 * 24 + 2) * H, "8y"),
            (-2 * S, "<invalid>"),
            (-2 * S + NS, "0s"),
            (0, "0s"),
            (S - MS, "0s"),
            (2 * M - MS, "119s"),
            (2 * M, "2m"),
            (2 * M + S, "2m1s"),
            (10 * M - MS, "9m59s"),
            (10 * M, "10m"),
            (10 * M + S, "10m"),
            (3 * H - MS, "179m"),
            (3 * H, "3h"),
            (3 * H + M, "3h1m"),
            (8 * H - MS, "7h59m"),
            (8 * H, "8h"),
            (8 * H + 59 * M, "8h"),
            (2 * 24 * H - MS, "47h"),
            (2 * 24 * H, "2d"),
            (2 * 24 * H + H, "2d1h"),
            (8 * 24 * H - MS, "7d23h"),
            (8 * 24 * H, "8d"),
            (8 * 24 * H + 23 * H, "8d"),
            (2 * 365 * 24 * H - MS, "729d"),
            (2 * 365 * 24 * H, "2y"),
            (2 * 365 * 24 * H + 23 * H, "2y"),
            (2 * 365 * 24 * H + 23 * H + 59 * M, "2y"),
            (2 * 365 * 24 * H + 24 * H - MS, "2y"),
            (2 * 365 * 24 * H + 24 * H, "2y1d"),
            (3 * 365 * 24 * H, "3y"),
            (4 * 365 * 24 * H, "4y"),
            (5 * 365 * 24 * H, "5y"),
            (6 * 365 * 24 * H, "6y"),
            (7 * 365 * 24 * H, "7y"),
            (8 * 365 * 24 * H - MS, "7y364d"),
            (8 * 365 * 24 * H, "8y"),
            (8 * 365 * 24 * H + 364 * 24 * H, "8y"),
            (9 * 365 * 24 * H, "9y"),
        ];
        for (nanos, want) in cases {
            assert_eq!(human_duration_nanos(*nanos), *want, "nanos={nanos}");
        }
    }

    /// apimachinery `duration_test.go` `TestShortHumanDurationBoundaries`.
    #[test]
    fn short_human_duration_upstream_vectors() {
        let cases: &[(i64, &str)] = &[
            (-2 * S, "<invalid>"),
            (-2 * S + NS, "0s"),
            (0, "0s"),
            (S - MS, "0s"),
            (S, "1s"),
            (2 * S - MS, "1s"),
            (M - MS, "59s"),
            (M, "1m"),
            (2 * M - MS, "1m"),
            (H - MS, "59m"),
            (H, "1h"),
            (2 * H - MS, "1h"),
            (24 * H - MS, "23h"),
            (24 * H, "1d"),
            (2 * 24 * H - MS, "1d"),
            (365 * 24 * H - MS, "364d"),
            (365 * 24 * H, "1y"),
            (2 * 365 * 24 * H - MS, "1y"),
            (2 * 365 * 24 * H, "2y"),
        ];
        for (nanos, want) in cases {
            assert_eq!(short_human_duration_nanos(*nanos), *want, "nanos={nanos}");
        }
    }

    /// The millisecond entry points, including the ±1.999 s tolerance and saturation like Go's
    /// `time.Sub` (i64 nanoseconds: about 292 years).
    #[test]
    fn millisecond_entry_points() {
        let cases: &[(i64, &str, &str)] = &[
            (-2000, "<invalid>", "<invalid>"),
            (-1999, "0s", "0s"),
            (-1, "0s", "0s"),
            (0, "0s", "0s"),
            (999, "0s", "0s"),
            (32_000, "32s", "32s"),
            (119_999, "119s", "1m"),
            (182_000, "3m2s", "3m"),
            (86_400_000, "24h", "1d"),
            (i64::MAX, "292y", "292y"),
            (i64::MIN, "<invalid>", "<invalid>"),
        ];
        for (millis, want_human, want_short) in cases {
            assert_eq!(human_duration(*millis), *want_human, "millis={millis}");
            assert_eq!(
                short_human_duration(*millis),
                *want_short,
                "millis={millis}"
            );
        }
    }
}
