//! `time PIPELINE`: the report bash writes on standard error when the pipeline is over
//! (`print_formatted_time`), in the format of `TIMEFORMAT`, bash's own format when it is
//! unset, or POSIX's with `time -p`. Real time is the simulated clock's; commands in the
//! playground use no processor time, so user and system times are zero.

use super::syntax::TimeFormat;

/// bash's format when `TIMEFORMAT` is unset.
const BASH_FORMAT: &str = "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS";

/// `time -p`'s format (POSIX's), whatever `TIMEFORMAT` says.
const POSIX_FORMAT: &str = "real %2R\nuser %2U\nsys %2S";

/// The report for a pipeline that took `real_millis` of simulated time, with its newline;
/// empty when `TIMEFORMAT` is set but empty. An unknown `%` character is bash's error (and
/// nothing else is printed).
pub fn report(
    format: TimeFormat,
    timeformat: Option<&str>,
    real_millis: u64,
) -> Result<String, String> {
    let template = match (format, timeformat) {
        (TimeFormat::Posix, _) => POSIX_FORMAT,
        (TimeFormat::Bash, Some(text)) => text,
        (TimeFormat::Bash, None) => BASH_FORMAT,
    };
    if template.is_empty() {
        return Ok(String::new());
    }
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            None => out.push('%'),
            Some('%') => {
                chars.next();
                out.push('%');
            }
            Some('P') => {
                chars.next();
                // (user + system) / real, in hundredths of a percent; bash says 100% when no
                // time passed at all.
                let cpu: u64 = if real_millis == 0 { 10_000 } else { 0 };
                out.push_str(&seconds(cpu / 100, (cpu % 100) * 10, 2, false));
            }
            Some(_) => {
                let mut precision = 3;
                let mut long = false;
                if let Some(digit) = chars.peek().and_then(|c| c.to_digit(10)) {
                    chars.next();
                    precision = digit.min(3);
                }
                if chars.peek() == Some(&'l') {
                    chars.next();
                    long = true;
                }
                let millis = match chars.next() {
                    Some('R' | 'E') => real_millis,
                    Some('U' | 'S') => 0,
                    other => {
                        let shown = other.map(String::from).unwrap_or_default();
                        return Err(format!(
                            "bash: TIMEFORMAT: `{shown}': invalid format character"
                        ));
                    }
                };
                out.push_str(&seconds(millis / 1000, millis % 1000, precision, long));
            }
        }
    }
    out.push('\n');
    Ok(out)
}

/// bash's `mkfmt`: whole seconds (as minutes and seconds with `long`, then `s`), and
/// `precision` digits of the milliseconds, cut rather than rounded.
fn seconds(whole: u64, millis: u64, precision: u32, long: bool) -> String {
    let mut text = String::new();
    let mut whole = whole;
    if long {
        text.push_str(&format!("{}m", whole / 60));
        whole %= 60;
    }
    text.push_str(&whole.to_string());
    if precision > 0 {
        text.push('.');
        let mut rest = millis;
        for place in [100, 10, 1].into_iter().take(precision as usize) {
            text.push(char::from_digit((rest / place % 10) as u32, 10).unwrap_or('0'));
            rest %= place;
        }
    }
    if long {
        text.push('s');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_bash_does() {
        let cases: &[(TimeFormat, Option<&str>, u64, &str)] = &[
            (
                TimeFormat::Bash,
                None,
                30_012,
                "\nreal\t0m30.012s\nuser\t0m0.000s\nsys\t0m0.000s\n",
            ),
            (
                TimeFormat::Bash,
                None,
                0,
                "\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n",
            ),
            (
                TimeFormat::Bash,
                None,
                3_723_456,
                "\nreal\t62m3.456s\nuser\t0m0.000s\nsys\t0m0.000s\n",
            ),
            (
                TimeFormat::Posix,
                Some("ignored"),
                1_259,
                "real 1.25\nuser 0.00\nsys 0.00\n",
            ),
            (TimeFormat::Bash, Some(""), 5, ""),
            (
                TimeFormat::Bash,
                Some("R=%R %3lR %P%% %U"),
                252,
                "R=0.252 0m0.252s 0.00% 0.000\n",
            ),
            (TimeFormat::Bash, Some("%P"), 0, "100.00\n"),
            (
                TimeFormat::Bash,
                Some("%5R %0R %1lU %E|%"),
                1_999,
                "1.999 1 0m0.0s 1.999|%\n",
            ),
        ];
        for (format, timeformat, millis, expected) in cases {
            assert_eq!(
                report(*format, *timeformat, *millis).as_deref(),
                Ok(*expected),
                "{timeformat:?} {millis}"
            );
        }
        assert_eq!(
            report(TimeFormat::Bash, Some("%X %R"), 1),
            Err("bash: TIMEFORMAT: `X': invalid format character".to_string())
        );
        assert_eq!(
            report(TimeFormat::Bash, Some("%3"), 1),
            Err("bash: TIMEFORMAT: `': invalid format character".to_string())
        );
    }
}
