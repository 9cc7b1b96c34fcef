//! Integer arithmetic as shells evaluate `$((…))`, shared by the containers' busybox shell
//! (`cluster::container_sh`) and the learner's bash-like shell (`shell::expand`): integers,
//! variables, `+ - * / % ** << >> & | ^ ~ ! < <= > >= == != && ||`, `?:`, `,`, parentheses,
//! `=` and the `op=` assignments, `++`/`--`. Variables come through [`ArithVars`]; errors are
//! ash's texts, which the learner's shell rewords as bash's.

/// Deepest nesting of parentheses and operators before the expression is refused.
const MAX_DEPTH: usize = 32;

/// `test`'s integer comparison `-eq`, `-ne`, `-lt`, `-le`, `-gt` or `-ge` (any other operator
/// is `-ge`: callers match the six first).
pub fn compare(op: &str, a: i64, b: i64) -> bool {
    match op {
        "-eq" => a == b,
        "-ne" => a != b,
        "-lt" => a < b,
        "-le" => a <= b,
        "-gt" => a > b,
        _ => a >= b,
    }
}

/// Where arithmetic reads and assigns variables (a container's shell, the learner's shell).
pub trait ArithVars {
    fn arith_var(&self, name: &str) -> Option<String>;
    fn arith_set(&mut self, name: &str, value: String);
    /// Whether `name` is an associative array: `name[key]` then names an element by its key,
    /// the subscript's text, not evaluated.
    fn arith_is_assoc(&self, _name: &str) -> bool {
        false
    }
}

/// The start of the error for an expression followed by more text: the rest follows.
pub const UNEXPECTED: &str = "unexpected text: ";
/// The start of the error for a character that is no operator where one is expected.
pub const INVALID_OPERATOR: &str = "invalid operator: ";
/// The start of the error for a missing operand: the text from where one was expected (or
/// the last token, at the end) follows.
pub const OPERAND_EXPECTED: &str = "operand expected: ";
/// Variables whose values name each other too deeply (`a=b b=a`).
pub const RECURSION: &str = "expression recursion level exceeded";
/// The start of an error met evaluating a variable's value (`v='x y'; $((v))`): the value,
/// a newline and that error follow, as bash names the value in its message.
pub const IN_VALUE: &str = "in value: ";

/// The error as busybox's ash words it: every syntax error is `arithmetic syntax error`.
pub fn ash_message(error: &str) -> &str {
    if let Some((_, inner)) = error
        .strip_prefix(IN_VALUE)
        .and_then(|rest| rest.split_once('\n'))
    {
        return ash_message(inner);
    }
    let structured = [UNEXPECTED, INVALID_OPERATOR, OPERAND_EXPECTED];
    if structured.iter().any(|prefix| error.starts_with(prefix)) {
        "arithmetic syntax error"
    } else {
        error
    }
}

/// Evaluates `$((…))` text: integers, variables, `+ - * / % ** << >> & | ^ ~ ! < <= > >= == !=
/// && ||`, `?:`, `,`, parentheses, `=` and the `op=` assignments, `++`/`--`. Errors are ash's
/// texts (`divide by zero`, `arithmetic syntax error`).
pub fn arithmetic(text: &str, vars: &mut dyn ArithVars) -> Result<i64, String> {
    evaluate(text, vars, 0)
}

fn evaluate(text: &str, vars: &mut dyn ArithVars, nesting: usize) -> Result<i64, String> {
    let (tokens, starts) = arith_tokens(text)?;
    let mut parser = Arith {
        tokens,
        starts,
        text,
        at: 0,
        vars,
        depth: 0,
        nesting,
    };
    if parser.tokens.is_empty() {
        return Ok(0);
    }
    let value = parser.expression()?;
    if parser.at != parser.tokens.len() {
        // bash's error token: the text from the first token that cannot follow.
        let prefix = if parser.tokens.get(parser.at) == Some(&ArithToken::Invalid) {
            INVALID_OPERATOR
        } else {
            UNEXPECTED
        };
        return Err(format!("{prefix}{}", parser.rest_from(parser.at)));
    }
    Ok(value)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ArithToken {
    Number(i64),
    Name(String),
    Op(&'static str),
    /// A character that starts no token: an error where the parser meets it.
    Invalid,
}

const ARITH_OPS: [&str; 34] = [
    "<<=", ">>=", "**", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "<", ">", "&", "|", "^", "!", "~",
    "=",
];

/// The tokens of `text` and, for each, the character where it starts.
fn arith_tokens(text: &str) -> Result<(Vec<ArithToken>, Vec<usize>), String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut starts = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        if !c.is_whitespace() {
            starts.push(at);
        }
        if c.is_whitespace() {
            at += 1;
        } else if c.is_ascii_digit() {
            let start = at;
            while at < chars.len() && chars[at].is_ascii_alphanumeric() {
                at += 1;
            }
            // `BASE#DIGITS` (2 to 64; digits, letters, `@`, `_`).
            if chars.get(at) == Some(&'#') {
                at += 1;
                while at < chars.len()
                    && (chars[at].is_ascii_alphanumeric() || chars[at] == '@' || chars[at] == '_')
                {
                    at += 1;
                }
            }
            let literal: String = chars[start..at].iter().collect();
            tokens.push(ArithToken::Number(parse_number(&literal)?));
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = at;
            while at < chars.len() && (chars[at].is_ascii_alphanumeric() || chars[at] == '_') {
                at += 1;
            }
            // `a[i + 1]`: an array element, its subscript evaluated where it is used.
            if chars.get(at) == Some(&'[') {
                let mut brackets = 0usize;
                let mut end = at;
                while let Some(&c) = chars.get(end) {
                    end += 1;
                    match c {
                        '[' => brackets += 1,
                        ']' => {
                            brackets -= 1;
                            if brackets == 0 {
                                at = end;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            tokens.push(ArithToken::Name(chars[start..at].iter().collect()));
        } else if "()?:,".contains(c) {
            tokens.push(ArithToken::Op(match c {
                '(' => "(",
                ')' => ")",
                '?' => "?",
                ',' => ",",
                _ => ":",
            }));
            at += 1;
        } else {
            let Some(op) = ARITH_OPS.iter().find(|op| {
                op.chars()
                    .enumerate()
                    .all(|(i, c)| chars.get(at + i) == Some(&c))
            }) else {
                tokens.push(ArithToken::Invalid);
                at += 1;
                continue;
            };
            at += op.len();
            tokens.push(ArithToken::Op(op));
        }
    }
    Ok((tokens, starts))
}

/// A number as the shell reads it: decimal, `0x` hexadecimal, `0` octal or `BASE#DIGITS`.
fn parse_number(text: &str) -> Result<i64, String> {
    if let Some((base, digits)) = text.split_once('#') {
        let base: u32 = base
            .parse()
            .ok()
            .filter(|b| (2..=64).contains(b))
            .ok_or_else(|| "invalid arithmetic base".to_string())?;
        let mut value: i64 = 0;
        for c in digits.chars() {
            let digit = match c {
                '0'..='9' => c as u32 - '0' as u32,
                'a'..='z' => c as u32 - 'a' as u32 + 10,
                'A'..='Z' if base <= 36 => c as u32 - 'A' as u32 + 10,
                'A'..='Z' => c as u32 - 'A' as u32 + 36,
                '@' => 62,
                '_' => 63,
                _ => u32::MAX,
            };
            if digit >= base {
                return Err("value too great for base".into());
            }
            value = value
                .wrapping_mul(i64::from(base))
                .wrapping_add(i64::from(digit));
        }
        return Ok(value);
    }
    let parsed = if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        i64::from_str_radix(hex, 16)
    } else if text.len() > 1 && text.starts_with('0') {
        i64::from_str_radix(&text[1..], 8)
    } else {
        text.parse::<i64>()
    };
    parsed.map_err(|_| "arithmetic syntax error".to_string())
}

struct Arith<'a> {
    tokens: Vec<ArithToken>,
    /// Where each token starts in `text`, in characters.
    starts: Vec<usize>,
    text: &'a str,
    at: usize,
    vars: &'a mut dyn ArithVars,
    depth: usize,
    /// Variables whose values are being evaluated, one inside the other.
    nesting: usize,
}

impl Arith<'_> {
    /// The text from token `index` on (bash's error token).
    fn rest_from(&self, index: usize) -> String {
        self.starts
            .get(index)
            .map(|&start| self.text.chars().skip(start).collect::<String>())
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// A missing operand: bash names the text from the token where it expected one, or the
    /// last token when the expression ended.
    fn operand_expected(&self) -> String {
        let index = if self.at < self.tokens.len() {
            self.at
        } else {
            self.at.saturating_sub(1)
        };
        format!("{OPERAND_EXPECTED}{}", self.rest_from(index))
    }

    fn peek_op(&self) -> Option<&'static str> {
        match self.tokens.get(self.at) {
            Some(ArithToken::Op(op)) => Some(op),
            _ => None,
        }
    }

    /// A name as the variables know it: `a[i+1]` with its subscript evaluated (`a[3]`).
    fn resolve(&mut self, name: &str) -> Result<String, String> {
        let Some((base, rest)) = name.split_once('[') else {
            return Ok(name.to_string());
        };
        let subscript = rest.strip_suffix(']').unwrap_or(rest);
        if self.vars.arith_is_assoc(base) {
            return Ok(format!("{base}[{}]", subscript.trim()));
        }
        if self.nesting >= 64 {
            return Err(RECURSION.to_string());
        }
        let index = evaluate(subscript, self.vars, self.nesting + 1)?;
        Ok(format!("{base}[{index}]"))
    }

    fn value_of(&mut self, name: &str) -> Result<i64, String> {
        // A variable's value is itself an expression (a name in it is that variable's
        // value; an unset or empty one is 0), as bash evaluates it.
        let text = match self.vars.arith_var(name) {
            None => return Ok(0),
            Some(text) if text.trim().is_empty() => return Ok(0),
            Some(text) => text.trim().to_string(),
        };
        if let Ok(value) = parse_number(&text) {
            return Ok(value);
        }
        if self.nesting >= 64 {
            return Err(format!("{IN_VALUE}{text}\n{RECURSION}"));
        }
        evaluate(&text, self.vars, self.nesting + 1).map_err(|error| {
            if error.starts_with(IN_VALUE) {
                error
            } else {
                format!("{IN_VALUE}{text}\n{error}")
            }
        })
    }

    fn expression(&mut self) -> Result<i64, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH * 4 {
            return Err("arithmetic syntax error".into());
        }
        // `a, b`: both are evaluated, the value is the last one's.
        let mut value = self.assignment();
        while value.is_ok() && self.peek_op() == Some(",") {
            self.at += 1;
            value = self.assignment();
        }
        self.depth -= 1;
        value
    }

    fn assignment(&mut self) -> Result<i64, String> {
        if let (Some(ArithToken::Name(name)), Some(ArithToken::Op(op))) = (
            self.tokens.get(self.at).cloned(),
            self.tokens.get(self.at + 1).cloned(),
        ) {
            if op.ends_with('=') && !matches!(op, "==" | "!=" | "<=" | ">=") {
                self.at += 2;
                let name = self.resolve(&name)?;
                let right = self.assignment()?;
                let value = if op == "=" {
                    right
                } else {
                    let left = self.value_of(&name)?;
                    binary(&op[..op.len() - 1], left, right)?
                };
                self.vars.arith_set(&name, value.to_string());
                return Ok(value);
            }
        }
        self.conditional()
    }

    fn conditional(&mut self) -> Result<i64, String> {
        let condition = self.binary(0)?;
        if self.peek_op() != Some("?") {
            return Ok(condition);
        }
        self.at += 1;
        let yes = self.expression()?;
        if self.peek_op() != Some(":") {
            return Err("arithmetic syntax error".into());
        }
        self.at += 1;
        let no = self.conditional()?;
        Ok(if condition != 0 { yes } else { no })
    }

    /// Precedence climbing over the binary operators.
    fn binary(&mut self, min: u8) -> Result<i64, String> {
        let mut left = self.unary()?;
        while let Some(op) = self.peek_op() {
            let Some(precedence) = precedence(op) else {
                break;
            };
            if precedence < min {
                break;
            }
            self.at += 1;
            // `**` is right-associative.
            let next = if op == "**" {
                precedence
            } else {
                precedence + 1
            };
            let right = self.binary(next)?;
            left = binary(op, left, right)?;
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<i64, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH * 4 {
            return Err("arithmetic syntax error".into());
        }
        let result = self.unary_inner();
        self.depth -= 1;
        result
    }

    fn unary_inner(&mut self) -> Result<i64, String> {
        match self.tokens.get(self.at).cloned() {
            Some(ArithToken::Op(op @ ("-" | "+" | "!" | "~"))) => {
                self.at += 1;
                let value = self.unary()?;
                Ok(match op {
                    "-" => value.wrapping_neg(),
                    "+" => value,
                    "!" => i64::from(value == 0),
                    _ => !value,
                })
            }
            Some(ArithToken::Op(op @ ("++" | "--"))) => {
                self.at += 1;
                let Some(ArithToken::Name(name)) = self.tokens.get(self.at).cloned() else {
                    return Err("arithmetic syntax error".into());
                };
                self.at += 1;
                let name = self.resolve(&name)?;
                let value = self
                    .value_of(&name)?
                    .wrapping_add(if op == "++" { 1 } else { -1 });
                self.vars.arith_set(&name, value.to_string());
                Ok(value)
            }
            Some(ArithToken::Op("(")) => {
                self.at += 1;
                let value = self.expression()?;
                if self.peek_op() != Some(")") {
                    return Err("arithmetic syntax error".into());
                }
                self.at += 1;
                Ok(value)
            }
            Some(ArithToken::Number(value)) => {
                self.at += 1;
                Ok(value)
            }
            Some(ArithToken::Name(name)) => {
                self.at += 1;
                let name = self.resolve(&name)?;
                let value = self.value_of(&name)?;
                if let Some(op @ ("++" | "--")) = self.peek_op() {
                    self.at += 1;
                    let next = value.wrapping_add(if op == "++" { 1 } else { -1 });
                    self.vars.arith_set(&name, next.to_string());
                }
                Ok(value)
            }
            _ => Err(self.operand_expected()),
        }
    }
}

fn precedence(op: &str) -> Option<u8> {
    Some(match op {
        "||" => 1,
        "&&" => 2,
        "|" => 3,
        "^" => 4,
        "&" => 5,
        "==" | "!=" => 6,
        "<" | "<=" | ">" | ">=" => 7,
        "<<" | ">>" => 8,
        "+" | "-" => 9,
        "*" | "/" | "%" => 10,
        "**" => 11,
        _ => return None,
    })
}

fn binary(op: &str, left: i64, right: i64) -> Result<i64, String> {
    Ok(match op {
        "||" => i64::from(left != 0 || right != 0),
        "&&" => i64::from(left != 0 && right != 0),
        "|" => left | right,
        "^" => left ^ right,
        "&" => left & right,
        "==" => i64::from(left == right),
        "!=" => i64::from(left != right),
        "<" => i64::from(left < right),
        "<=" => i64::from(left <= right),
        ">" => i64::from(left > right),
        ">=" => i64::from(left >= right),
        "<<" => left.wrapping_shl(right as u32),
        ">>" => left.wrapping_shr(right as u32),
        "+" => left.wrapping_add(right),
        "-" => left.wrapping_sub(right),
        "*" => left.wrapping_mul(right),
        "/" | "%" if right == 0 => return Err("divide by zero".into()),
        "/" => left.wrapping_div(right),
        "%" => left.wrapping_rem(right),
        "**" if right < 0 => return Err("exponent less than 0".into()),
        "**" => left.wrapping_pow(right.min(u32::MAX as i64) as u32),
        _ => return Err("arithmetic syntax error".into()),
    })
}
