//! GNU `diff` over the lines of two texts: GNU's shortest edit script (gnulib's `compareseq`
//! on the lines both texts have, after the common prefix and suffix are set aside but for the
//! context lines, then `shift_boundaries`), printed as unified hunks (`diff -u`: three lines
//! of context, `@@ -a,b +c,d @@`) or in the normal format (`2c2`, `< old`, `---`, `> new`),
//! with `\ No newline at end of file` where a text ends without one. `kubectl diff` and the
//! shell's `diff` use it.

use std::borrow::Cow;

/// One line of the edit script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    Keep,
    Delete,
    Insert,
}

/// The edit script turning `old` into `new`, deletions before insertions within a change.
/// As GNU diff does, the common prefix and suffix are set aside but for `horizon` lines of
/// each (the context lines of `-u`), which the comparison and the sliding of changes see.
fn edit_script(old: &[&str], new: &[&str], horizon: usize) -> Vec<Edit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let skip_front = prefix - prefix.min(horizon);
    let skip_back = suffix - suffix.min(horizon);
    let a = &old[skip_front..old.len() - skip_back];
    let b = &new[skip_front..new.len() - skip_back];
    let mut script = vec![Edit::Keep; skip_front];
    script.extend(region_script(a, b));
    script.extend(std::iter::repeat_n(Edit::Keep, skip_back));
    script
}

/// The edit script of the region GNU diff compares (`diff_2_files`): lines with no equal in
/// the other file are changed outright (`discard_confusing_lines`), the rest are compared by
/// `compareseq`'s divide-and-conquer on the middle snake, and the runs of changes then slide
/// as `shift_boundaries` slides them.
fn region_script(old: &[&str], new: &[&str]) -> Vec<Edit> {
    // Which lines of each file changed, padded with an unchanged line at both ends.
    let mut changed_old = vec![false; old.len() + 2];
    let mut changed_new = vec![false; new.len() + 2];
    let kept = |lines: &[&str], other: &[&str], changed: &mut [bool]| -> Vec<usize> {
        let mut kept = Vec::with_capacity(lines.len());
        for (index, line) in lines.iter().enumerate() {
            if other.contains(line) {
                kept.push(index);
            } else {
                changed[index + 1] = true;
            }
        }
        kept
    };
    let kept_old = kept(old, new, &mut changed_old);
    let kept_new = kept(new, old, &mut changed_new);
    let x: Vec<&str> = kept_old.iter().map(|&index| old[index]).collect();
    let y: Vec<&str> = kept_new.iter().map(|&index| new[index]).collect();
    let mut compare = Compare {
        x: &x,
        y: &y,
        forward: vec![0; x.len() + y.len() + 3],
        backward: vec![0; x.len() + y.len() + 3],
        deleted: Vec::new(),
        inserted: Vec::new(),
    };
    compare.sequences(0, x.len(), 0, y.len());
    for index in compare.deleted {
        changed_old[kept_old[index] + 1] = true;
    }
    for index in compare.inserted {
        changed_new[kept_new[index] + 1] = true;
    }
    shift_boundaries(old, &mut changed_old, &changed_new);
    shift_boundaries(new, &mut changed_new, &changed_old);
    let mut script = Vec::with_capacity(old.len() + new.len());
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if changed_old[i + 1] {
            script.push(Edit::Delete);
            i += 1;
        } else if changed_new[j + 1] {
            script.push(Edit::Insert);
            j += 1;
        } else {
            script.push(Edit::Keep);
            i += 1;
            j += 1;
        }
    }
    script
}

/// GNU diff's `shift_boundaries`: each run of changed lines of one file slides back while the
/// line before it equals its last line, and forward while its first line equals the one after
/// it, to join other runs; a run that joins none ends as far forward as it can go, or where
/// it meets a run of changes in the other file. `changed` and `other` are padded by one
/// unchanged line at both ends (index 1 is the first line).
fn shift_boundaries(lines: &[&str], changed: &mut [bool], other: &[bool]) {
    let end = lines.len();
    let equal = |x: usize, y: usize| lines.get(x) == lines.get(y);
    // `j` walks the other file and may stand on its leading pad (-1).
    let other_changed = |j: isize| other.get((j + 1) as usize).copied().unwrap_or(false);
    let (mut i, mut j) = (0usize, 0isize);
    loop {
        while i < end && !changed[i + 1] {
            while other_changed(j) {
                j += 1;
            }
            j += 1;
            i += 1;
        }
        if i == end {
            break;
        }
        let mut start = i;
        i += 1;
        while changed[i + 1] {
            i += 1;
        }
        while other_changed(j) {
            j += 1;
        }
        let mut corresponding;
        loop {
            let run = i - start;
            while start > 0 && equal(start - 1, i - 1) {
                start -= 1;
                changed[start + 1] = true;
                i -= 1;
                changed[i + 1] = false;
                while changed[start] {
                    start -= 1;
                }
                j -= 1;
                while other_changed(j) {
                    j -= 1;
                }
            }
            corresponding = if other_changed(j - 1) { i } else { end };
            while i != end && equal(start, i) {
                changed[start + 1] = false;
                start += 1;
                changed[i + 1] = true;
                i += 1;
                while changed[i + 1] {
                    i += 1;
                }
                j += 1;
                while other_changed(j) {
                    j += 1;
                    corresponding = i;
                }
            }
            if run == i - start {
                break;
            }
        }
        while corresponding < i {
            start -= 1;
            changed[start + 1] = true;
            i -= 1;
            changed[i + 1] = false;
            j -= 1;
            while other_changed(j) {
                j -= 1;
            }
        }
    }
}

/// gnulib's `compareseq` over two sequences of lines, noting the deleted and inserted
/// positions.
struct Compare<'a> {
    x: &'a [&'a str],
    y: &'a [&'a str],
    /// The furthest-reaching x of each diagonal (offset by `y.len() + 1`), top-down and
    /// bottom-up.
    forward: Vec<isize>,
    backward: Vec<isize>,
    deleted: Vec<usize>,
    inserted: Vec<usize>,
}

impl Compare<'_> {
    fn equal(&self, x: isize, y: isize) -> bool {
        self.x.get(x as usize) == self.y.get(y as usize)
    }

    fn sequences(&mut self, mut xoff: usize, mut xlim: usize, mut yoff: usize, mut ylim: usize) {
        while xoff < xlim && yoff < ylim && self.x[xoff] == self.y[yoff] {
            xoff += 1;
            yoff += 1;
        }
        while xoff < xlim && yoff < ylim && self.x[xlim - 1] == self.y[ylim - 1] {
            xlim -= 1;
            ylim -= 1;
        }
        if xoff == xlim {
            self.inserted.extend(yoff..ylim);
        } else if yoff == ylim {
            self.deleted.extend(xoff..xlim);
        } else {
            let (xmid, ymid) = self.middle(xoff, xlim, yoff, ylim);
            self.sequences(xoff, xmid, yoff, ymid);
            self.sequences(xmid, xlim, ymid, ylim);
        }
    }

    /// `diag`: the middle snake of the shortest edit script, found from both ends at once.
    fn middle(&mut self, xoff: usize, xlim: usize, yoff: usize, ylim: usize) -> (usize, usize) {
        let (xoff, xlim, yoff, ylim) = (xoff as isize, xlim as isize, yoff as isize, ylim as isize);
        let shift = self.y.len() as isize + 1;
        let at = |d: isize| (d + shift) as usize;
        let dmin = xoff - ylim;
        let dmax = xlim - yoff;
        let fmid = xoff - yoff;
        let bmid = xlim - ylim;
        let (mut fmin, mut fmax, mut bmin, mut bmax) = (fmid, fmid, bmid, bmid);
        let odd = (fmid - bmid) & 1 != 0;
        self.forward[at(fmid)] = xoff;
        self.backward[at(bmid)] = xlim;
        loop {
            if fmin > dmin {
                fmin -= 1;
                self.forward[at(fmin - 1)] = -1;
            } else {
                fmin += 1;
            }
            if fmax < dmax {
                fmax += 1;
                self.forward[at(fmax + 1)] = -1;
            } else {
                fmax -= 1;
            }
            let mut d = fmax;
            while d >= fmin {
                let (low, high) = (self.forward[at(d - 1)], self.forward[at(d + 1)]);
                let x0 = if low < high { high } else { low + 1 };
                let (mut x, mut y) = (x0, x0 - d);
                while x < xlim && y < ylim && self.equal(x, y) {
                    x += 1;
                    y += 1;
                }
                self.forward[at(d)] = x;
                if odd && bmin <= d && d <= bmax && self.backward[at(d)] <= x {
                    return (x as usize, y as usize);
                }
                d -= 2;
            }
            if bmin > dmin {
                bmin -= 1;
                self.backward[at(bmin - 1)] = isize::MAX;
            } else {
                bmin += 1;
            }
            if bmax < dmax {
                bmax += 1;
                self.backward[at(bmax + 1)] = isize::MAX;
            } else {
                bmax -= 1;
            }
            let mut d = bmax;
            while d >= bmin {
                let (low, high) = (self.backward[at(d - 1)], self.backward[at(d + 1)]);
                let x0 = if low < high { low } else { high - 1 };
                let (mut x, mut y) = (x0, x0 - d);
                while xoff < x && yoff < y && self.equal(x - 1, y - 1) {
                    x -= 1;
                    y -= 1;
                }
                self.backward[at(d)] = x;
                if !odd && fmin <= d && d <= fmax && x <= self.forward[at(d)] {
                    return (x as usize, y as usize);
                }
                d -= 2;
            }
        }
    }
}

/// The lines of a text, each without its newline. A last line without one keeps a `\n` of
/// its own, which no other line has: it differs from the same text ending the line, and
/// prints with `\ No newline at end of file` after it.
fn lines(text: &str) -> Vec<Cow<'_, str>> {
    let mut lines: Vec<Cow<'_, str>> = text.split('\n').map(Cow::Borrowed).collect();
    match lines.pop() {
        Some(last) if !last.is_empty() => lines.push(Cow::Owned(format!("{last}\n"))),
        _ => {}
    }
    lines
}

/// One line of output: its mark (`-`, `< `…) and text, and GNU's note for a last line
/// without a newline.
fn push_line(out: &mut String, mark: &str, line: &str) {
    out.push_str(mark);
    match line.strip_suffix('\n') {
        Some(line) => {
            out.push_str(line);
            out.push_str("\n\\ No newline at end of file\n");
        }
        None => {
            out.push_str(line);
            out.push('\n');
        }
    }
}

/// `diff -u`'s hunks (without the `---`/`+++` header lines), or `None` when the texts are
/// the same.
pub fn unified(old: &str, new: &str) -> Option<String> {
    const CONTEXT: usize = 3;
    let (a, b) = (lines(old), lines(new));
    let (a, b): (Vec<&str>, Vec<&str>) = (
        a.iter().map(|line| line.as_ref()).collect(),
        b.iter().map(|line| line.as_ref()).collect(),
    );
    let script = edit_script(&a, &b, CONTEXT);
    let changed: Vec<usize> = (0..script.len())
        .filter(|&at| script[at] != Edit::Keep)
        .collect();
    if changed.is_empty() {
        return None;
    }
    // Hunks: changes closer than twice the context share one.
    let mut hunks: Vec<(usize, usize)> = Vec::new();
    for &at in &changed {
        let start = at.saturating_sub(CONTEXT);
        let end = (at + CONTEXT + 1).min(script.len());
        match hunks.last_mut() {
            Some(last) if start <= last.1 => last.1 = end,
            _ => hunks.push((start, end)),
        }
    }
    // Line numbers of each script position in the old and new texts.
    let mut positions = Vec::with_capacity(script.len() + 1);
    let (mut line_a, mut line_b) = (0usize, 0usize);
    for edit in &script {
        positions.push((line_a, line_b));
        match edit {
            Edit::Keep => {
                line_a += 1;
                line_b += 1;
            }
            Edit::Delete => line_a += 1,
            Edit::Insert => line_b += 1,
        }
    }
    positions.push((line_a, line_b));
    let range = |start: usize, count: usize| match count {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{count}", start + 1),
    };
    let mut out = String::new();
    for (start, end) in hunks {
        let (from_a, from_b) = positions[start];
        let (to_a, to_b) = positions[end];
        out.push_str(&format!(
            "@@ -{} +{} @@\n",
            range(from_a, to_a - from_a),
            range(from_b, to_b - from_b)
        ));
        for at in start..end {
            let (line_a, line_b) = positions[at];
            let (mark, text) = match script[at] {
                Edit::Keep => (" ", a.get(line_a)),
                Edit::Delete => ("-", a.get(line_a)),
                Edit::Insert => ("+", b.get(line_b)),
            };
            push_line(&mut out, mark, text.copied().unwrap_or(""));
        }
    }
    Some(out)
}

/// `diff`'s normal output (`3c3`, `< old`, `---`, `> new`), or `None` when the texts are the
/// same.
pub fn normal(old: &str, new: &str) -> Option<String> {
    let (a, b) = (lines(old), lines(new));
    let (a, b): (Vec<&str>, Vec<&str>) = (
        a.iter().map(|line| line.as_ref()).collect(),
        b.iter().map(|line| line.as_ref()).collect(),
    );
    let script = edit_script(&a, &b, 0);
    let mut out = String::new();
    let (mut line_a, mut line_b) = (0usize, 0usize);
    let mut at = 0;
    while at < script.len() {
        if script[at] == Edit::Keep {
            line_a += 1;
            line_b += 1;
            at += 1;
            continue;
        }
        let deleted = script[at..]
            .iter()
            .take_while(|edit| **edit == Edit::Delete)
            .count();
        let inserted = script[at + deleted..]
            .iter()
            .take_while(|edit| **edit == Edit::Insert)
            .count();
        let span = |first: usize, count: usize| match count {
            0 => format!("{first}"),
            1 => format!("{}", first + 1),
            _ => format!("{},{}", first + 1, first + count),
        };
        let letter = match (deleted, inserted) {
            (_, 0) => 'd',
            (0, _) => 'a',
            _ => 'c',
        };
        out.push_str(&format!(
            "{}{letter}{}\n",
            span(line_a, deleted),
            span(line_b, inserted)
        ));
        for line in &a[line_a..line_a + deleted] {
            push_line(&mut out, "< ", line);
        }
        if deleted > 0 && inserted > 0 {
            out.push_str("---\n");
        }
        for line in &b[line_b..line_b + inserted] {
            push_line(&mut out, "> ", line);
        }
        line_a += deleted;
        line_b += inserted;
        at += deleted + inserted;
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Outputs of GNU diffutils 3.8 (`diff -u a b | tail -n +3`, `diff a b`).
    #[test]
    fn gnu_diff_outputs() {
        let cases: &[(&str, &str, &str, &str)] = &[
            ("a\nb\nc\n", "a\nb\nc\n", "", ""),
            (
                "a\nb\nc\nd\ne\nf\ng\nh\ni\n",
                "a\nb\nc\nd\nE\nf\ng\nh\ni\n",
                "@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n",
                "5c5\n< e\n---\n> E\n",
            ),
            ("", "x\ny\n", "@@ -0,0 +1,2 @@\n+x\n+y\n", "0a1,2\n> x\n> y\n"),
            ("x\ny\n", "", "@@ -1,2 +0,0 @@\n-x\n-y\n", "1,2d0\n< x\n< y\n"),
            (
                "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n",
                "1\n2a\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15a\n16\n",
                "@@ -1,5 +1,5 @@\n 1\n-2\n+2a\n 3\n 4\n 5\n@@ -12,5 +12,5 @@\n 12\n 13\n 14\n-15\n+15a\n 16\n",
                "2c2\n< 2\n---\n> 2a\n15c15\n< 15\n---\n> 15a\n",
            ),
            (
                "a\nb\n",
                "a\nnew\nb\n",
                "@@ -1,2 +1,3 @@\n a\n+new\n b\n",
                "1a2\n> new\n",
            ),
        ];
        for (old, new, unified_out, normal_out) in cases {
            assert_eq!(
                unified(old, new).unwrap_or_default(),
                *unified_out,
                "{old:?} {new:?}"
            );
            assert_eq!(
                normal(old, new).unwrap_or_default(),
                *normal_out,
                "{old:?} {new:?}"
            );
        }
    }
}
