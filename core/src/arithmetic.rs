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
}

/// Evaluates `$((…))` text: integers, variables, `+ - * / % ** << >> & | ^ ~ ! < <= > >= == !=
/// && ||`, `?:`, `,`, parentheses, `=` and the `op=` assignments, `++`/`--`. Errors are ash's
/// texts (`divide by zero`, `arithmetic syntax error`).
pub fn arithmetic(text: &str, vars: &mut dyn ArithVars) -> Result<i64, String> {
    let tokens = arith_tokens(text)?;
    let mut parser = Arith {
        tokens,
        at: 0,
        vars,
        depth: 0,
    };
    if parser.tokens.is_empty() {
        return Ok(0);
    }
    let value = parser.expression()?;
    if parser.at != parser.tokens.len() {
        return Err("arithmetic syntax error".into());
    }
    Ok(value)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ArithToken {
    Number(i64),
    Name(String),
    Op(&'static str),
}

const ARITH_OPS: [&str; 34] = [
    "<<=", ">>=", "**", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "<", ">", "&", "|", "^", "!", "~",
    "=",
];

fn arith_tokens(text: &str) -> Result<Vec<ArithToken>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
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
                return Err("arithmetic syntax error".into());
            };
            at += op.len();
            tokens.push(ArithToken::Op(op));
        }
    }
    Ok(tokens)
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
    at: usize,
    vars: &'a mut dyn ArithVars,
    depth: usize,
}

impl Arith<'_> {
    fn peek_op(&self) -> Option<&'static str> {
        match self.tokens.get(self.at) {
            Some(ArithToken::Op(op)) => Some(op),
            _ => None,
        }
    }

    fn value_of(&self, name: &str) -> Result<i64, String> {
        // A value that names another variable is that variable's value (bash follows the
        // chain; an unset one is 0).
        let mut name = name.to_string();
        for _ in 0..16 {
            let text = match self.vars.arith_var(&name) {
                None => return Ok(0),
                Some(text) if text.trim().is_empty() => return Ok(0),
                Some(text) => text.trim().to_string(),
            };
            let is_name = text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !is_name {
                return parse_number(&text);
            }
            name = text;
        }
        Err("expression recursion level exceeded".into())
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
                let value = self.value_of(&name)?;
                if let Some(op @ ("++" | "--")) = self.peek_op() {
                    self.at += 1;
                    let next = value.wrapping_add(if op == "++" { 1 } else { -1 });
                    self.vars.arith_set(&name, next.to_string());
                }
                Ok(value)
            }
            _ => Err("arithmetic syntax error".into()),
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
