//! apimachinery `resource.Quantity`: parsing (`100m`, `1.5Gi`, `129e6`), the canonical string the API
//! server re-serializes (`0.5` → `500m`, `1000m` → `1`, `1.5Gi` → `1536Mi`, kept as written when
//! already canonical), comparison, addition and subtraction, `Value()` / `MilliValue()` and friends —
//! a port of `amount.go`, `math.go`, `quantity.go`, `scale_int.go`, `suffix.go` and the parts of
//! `gopkg.in/inf.v0` they use, with Go's integer wrap-around and rounding quirks kept.
//!
//! Deliberately not known here: which resource a quantity belongs to, percentages and column
//! layout of `kubectl describe`, and JSON field handling beyond [`Quantity::from_json_value`].
//! Where Go would try to build numbers with billions of digits (exponents near the `int32` limit
//! combined with long mantissas, then added or rounded) and effectively hang, this port caps the
//! work at [`MAXIMUM_MATERIALIZED_DIGITS`] digits: values stay exact, but such sums keep only the
//! dominant operand and `Value()`-style conversions of such numbers may differ from Go's garbage.

use std::cmp::Ordering;
use std::fmt;

/// Numbers needing more decimal digits than this are never expanded (see the module docs).
pub const MAXIMUM_MATERIALIZED_DIGITS: u64 = 100_000;

/// The regular expression Go's error message quotes.
const QUANTITY_REGULAR_EXPRESSION: &str = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

/// Why a string is not a quantity; `Display` is apimachinery's exact message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityError {
    /// `ErrFormatWrong`: the string does not have the shape of a quantity.
    FormatWrong,
    /// `ErrNumeric`: the numeric part could not be read.
    Numeric,
    /// `ErrSuffix`: the suffix is not a known SI, binary or exponent suffix.
    Suffix,
}

impl fmt::Display for QuantityError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::FormatWrong => write!(
                formatter,
                "quantities must match the regular expression '{QUANTITY_REGULAR_EXPRESSION}'"
            ),
            Self::Numeric => write!(formatter, "unable to parse numeric part of quantity"),
            Self::Suffix => write!(formatter, "unable to parse quantity's suffix"),
        }
    }
}

impl std::error::Error for QuantityError {}

/// How a quantity prints (apimachinery `Format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuantityFormat {
    /// Go's zero `Format` (""), which prints like `DecimalExponent` once non-zero.
    #[default]
    Unspecified,
    /// `12e6`.
    DecimalExponent,
    /// `12Mi` (12 × 2^20).
    BinarySi,
    /// `12M` (12 × 10^6).
    DecimalSi,
}

// ---------------------------------------------------------------------------------------------
// Arbitrary-precision integers (what math/big and inf.Dec need here)
// ---------------------------------------------------------------------------------------------

const LIMB_BASE: u64 = 1_000_000_000;
const LIMB_DIGITS: u64 = 9;

/// A signed integer in base 10^9 limbs, least significant first; zero has no limbs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct BigInteger {
    negative: bool,
    limbs: Vec<u32>,
}

fn small_power_of_ten(exponent: u64) -> u32 {
    let mut value: u32 = 1;
    for _ in 0..exponent.min(9) {
        value = value.saturating_mul(10);
    }
    value
}

impl BigInteger {
    fn from_u64(magnitude: u64, negative: bool) -> Self {
        let mut limbs = Vec::new();
        let mut rest = magnitude;
        while rest > 0 {
            limbs.push(u32::try_from(rest % LIMB_BASE).unwrap_or(0));
            rest /= LIMB_BASE;
        }
        let mut value = Self { negative, limbs };
        value.normalize();
        value
    }

    fn from_i64(value: i64) -> Self {
        Self::from_u64(value.unsigned_abs(), value < 0)
    }

    /// Parses `[+-]?[0-9]+` (ASCII digits only).
    fn parse(text: &str) -> Option<Self> {
        let (negative, digits) = match text.as_bytes().first() {
            Some(b'-') => (true, text.get(1..)?),
            Some(b'+') => (false, text.get(1..)?),
            _ => (false, text),
        };
        if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        let bytes = digits.as_bytes();
        let mut limbs = Vec::with_capacity(bytes.len() / 9 + 1);
        let mut end = bytes.len();
        while end > 0 {
            let start = end.saturating_sub(9);
            let mut limb: u32 = 0;
            for byte in bytes.get(start..end).unwrap_or(&[]) {
                limb = limb * 10 + u32::from(byte - b'0');
            }
            limbs.push(limb);
            end = start;
        }
        let mut value = Self { negative, limbs };
        value.normalize();
        Some(value)
    }

    fn normalize(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
        if self.limbs.is_empty() {
            self.negative = false;
        }
    }

    fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }

    fn signum(&self) -> i32 {
        if self.is_zero() {
            0
        } else if self.negative {
            -1
        } else {
            1
        }
    }

    fn negated(&self) -> Self {
        let mut value = self.clone();
        value.negative = !value.negative;
        value.normalize();
        value
    }

    fn digit_count(&self) -> u64 {
        match self.limbs.last() {
            None => 0,
            Some(top) => {
                let top_digits = top.checked_ilog10().map_or(1, |log| u64::from(log) + 1);
                (self.limbs.len() as u64 - 1) * LIMB_DIGITS + top_digits
            }
        }
    }

    fn trailing_decimal_zeros(&self) -> u64 {
        let mut count = 0;
        for limb in &self.limbs {
            if *limb == 0 {
                count += LIMB_DIGITS;
                continue;
            }
            let mut rest = *limb;
            while rest % 10 == 0 {
                rest /= 10;
                count += 1;
            }
            break;
        }
        count
    }

    fn compare_magnitude(&self, other: &Self) -> Ordering {
        self.limbs.len().cmp(&other.limbs.len()).then_with(|| {
            for (left, right) in self.limbs.iter().rev().zip(other.limbs.iter().rev()) {
                match left.cmp(right) {
                    Ordering::Equal => {}
                    unequal => return unequal,
                }
            }
            Ordering::Equal
        })
    }

    fn compare(&self, other: &Self) -> Ordering {
        match (self.signum(), other.signum()) {
            (left, right) if left != right => left.cmp(&right),
            (-1, _) => other.compare_magnitude(self),
            _ => self.compare_magnitude(other),
        }
    }

    fn add_magnitudes(left: &[u32], right: &[u32]) -> Vec<u32> {
        let mut limbs = Vec::with_capacity(left.len().max(right.len()) + 1);
        let mut carry = 0u64;
        for index in 0..left.len().max(right.len()) {
            let sum = u64::from(left.get(index).copied().unwrap_or(0))
                + u64::from(right.get(index).copied().unwrap_or(0))
                + carry;
            limbs.push(u32::try_from(sum % LIMB_BASE).unwrap_or(0));
            carry = sum / LIMB_BASE;
        }
        if carry > 0 {
            limbs.push(u32::try_from(carry).unwrap_or(0));
        }
        limbs
    }

    /// `larger - smaller` for magnitudes with `larger >= smaller`.
    fn subtract_magnitudes(larger: &[u32], smaller: &[u32]) -> Vec<u32> {
        let mut limbs = Vec::with_capacity(larger.len());
        let mut borrow = 0i64;
        for (index, limb) in larger.iter().enumerate() {
            let mut difference =
                i64::from(*limb) - i64::from(smaller.get(index).copied().unwrap_or(0)) - borrow;
            borrow = 0;
            if difference < 0 {
                difference += LIMB_BASE as i64;
                borrow = 1;
            }
            limbs.push(u32::try_from(difference).unwrap_or(0));
        }
        limbs
    }

    fn add(&self, other: &Self) -> Self {
        let mut result = if self.negative == other.negative {
            Self {
                negative: self.negative,
                limbs: Self::add_magnitudes(&self.limbs, &other.limbs),
            }
        } else if self.compare_magnitude(other) != Ordering::Less {
            Self {
                negative: self.negative,
                limbs: Self::subtract_magnitudes(&self.limbs, &other.limbs),
            }
        } else {
            Self {
                negative: other.negative,
                limbs: Self::subtract_magnitudes(&other.limbs, &self.limbs),
            }
        };
        result.normalize();
        result
    }

    fn subtract(&self, other: &Self) -> Self {
        self.add(&other.negated())
    }

    fn multiply_small(&self, factor: u32) -> Self {
        let mut limbs = Vec::with_capacity(self.limbs.len() + 2);
        let mut carry = 0u64;
        for limb in &self.limbs {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            limbs.push(u32::try_from(product % LIMB_BASE).unwrap_or(0));
            carry = product / LIMB_BASE;
        }
        while carry > 0 {
            limbs.push(u32::try_from(carry % LIMB_BASE).unwrap_or(0));
            carry /= LIMB_BASE;
        }
        let mut value = Self {
            negative: self.negative,
            limbs,
        };
        value.normalize();
        value
    }

    /// `self × 10^exponent`; callers keep `exponent` within [`MAXIMUM_MATERIALIZED_DIGITS`].
    fn multiply_power_of_ten(&self, exponent: u64) -> Self {
        if self.is_zero() {
            return self.clone();
        }
        let whole_limbs = usize::try_from(exponent / LIMB_DIGITS).unwrap_or(0);
        let mut limbs = vec![0u32; whole_limbs];
        limbs.extend_from_slice(&self.limbs);
        let shifted = Self {
            negative: self.negative,
            limbs,
        };
        shifted.multiply_small(small_power_of_ten(exponent % LIMB_DIGITS))
    }

    fn multiply_power_of_two(&self, exponent: u32) -> Self {
        let mut value = self.clone();
        let mut rest = exponent;
        while rest > 0 {
            let step = rest.min(30);
            value = value.multiply_small(1u32 << step);
            rest -= step;
        }
        value
    }

    /// Truncated division by a small divisor: (quotient toward zero, remainder magnitude).
    fn divide_small(&self, divisor: u32) -> (Self, u32) {
        if divisor == 0 {
            return (self.clone(), 0);
        }
        let mut limbs = vec![0u32; self.limbs.len()];
        let mut remainder = 0u64;
        for index in (0..self.limbs.len()).rev() {
            let current =
                remainder * LIMB_BASE + u64::from(self.limbs.get(index).copied().unwrap_or(0));
            if let Some(slot) = limbs.get_mut(index) {
                *slot = u32::try_from(current / u64::from(divisor)).unwrap_or(0);
            }
            remainder = current % u64::from(divisor);
        }
        let mut quotient = Self {
            negative: self.negative,
            limbs,
        };
        quotient.normalize();
        (quotient, u32::try_from(remainder).unwrap_or(0))
    }

    /// Truncated division by 10^exponent: (quotient toward zero, whether a remainder was dropped).
    fn divide_power_of_ten(&self, exponent: u64) -> (Self, bool) {
        let whole_limbs = exponent / LIMB_DIGITS;
        if whole_limbs >= self.limbs.len() as u64 {
            return (Self::default(), !self.is_zero());
        }
        let whole_limbs = usize::try_from(whole_limbs).unwrap_or(0);
        let dropped_nonzero = self.limbs.iter().take(whole_limbs).any(|limb| *limb != 0);
        let shifted = Self {
            negative: self.negative,
            limbs: self.limbs.get(whole_limbs..).unwrap_or(&[]).to_vec(),
        };
        let (quotient, remainder) =
            shifted.divide_small(small_power_of_ten(exponent % LIMB_DIGITS));
        (quotient, dropped_nonzero || remainder != 0)
    }

    /// The magnitude's low 64 bits, signed like Go's `big.Int.Int64()` does for any size.
    fn low_bits_as_i64(&self) -> i64 {
        let mut low: u64 = 0;
        for limb in self.limbs.iter().rev() {
            low = low.wrapping_mul(LIMB_BASE).wrapping_add(u64::from(*limb));
        }
        let value = low as i64;
        if self.negative {
            value.wrapping_neg()
        } else {
            value
        }
    }

    fn to_decimal_string(&self) -> String {
        let mut out = String::new();
        if self.negative {
            out.push('-');
        }
        match self.limbs.split_last() {
            None => out.push('0'),
            Some((top, rest)) => {
                out.push_str(&top.to_string());
                for limb in rest.iter().rev() {
                    out.push_str(&format!("{limb:09}"));
                }
            }
        }
        out
    }

    fn to_f64(&self) -> f64 {
        self.to_decimal_string().parse().unwrap_or(0.0)
    }
}

// ---------------------------------------------------------------------------------------------
// inf.Dec: unscaled × 10^(-scale)
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct InfDecimal {
    unscaled: BigInteger,
    scale: i32,
}

impl InfDecimal {
    fn new(unscaled: i64, scale: i32) -> Self {
        Self {
            unscaled: BigInteger::from_i64(unscaled),
            scale,
        }
    }

    /// inf `SetString`: `[+-]?digits[.digits]` (at least one digit).
    fn parse(text: &str) -> Option<Self> {
        let (sign, rest) = match text.as_bytes().first() {
            Some(b'+') | Some(b'-') => text.split_at(1),
            _ => ("", text),
        };
        let (whole, fraction) = match rest.split_once('.') {
            Some((whole, fraction)) => (whole, fraction),
            None => (rest, ""),
        };
        let digits = format!("{sign}{whole}{fraction}");
        let unscaled = BigInteger::parse(&digits)?;
        let scale = if rest.contains('.') {
            i32::try_from(fraction.len()).ok()?
        } else {
            0
        };
        Some(Self { unscaled, scale })
    }

    fn signum(&self) -> i32 {
        self.unscaled.signum()
    }

    fn negated(&self) -> Self {
        Self {
            unscaled: self.unscaled.negated(),
            scale: self.scale,
        }
    }

    /// Value comparison that never expands more digits than the operands already have.
    fn compare(&self, other: &Self) -> Ordering {
        let (left_sign, right_sign) = (self.signum(), other.signum());
        if left_sign != right_sign || left_sign == 0 {
            return left_sign.cmp(&right_sign);
        }
        let magnitude_exponent =
            |value: &Self| value.unscaled.digit_count() as i64 - i64::from(value.scale);
        let by_magnitude = magnitude_exponent(self).cmp(&magnitude_exponent(other));
        let magnitude_order = if by_magnitude != Ordering::Equal {
            by_magnitude
        } else {
            let difference = (i64::from(self.scale) - i64::from(other.scale)).unsigned_abs();
            if self.scale >= other.scale {
                self.unscaled
                    .compare_magnitude(&other.unscaled.multiply_power_of_ten(difference))
            } else {
                self.unscaled
                    .multiply_power_of_ten(difference)
                    .compare_magnitude(&other.unscaled)
            }
        };
        if left_sign < 0 {
            magnitude_order.reverse()
        } else {
            magnitude_order
        }
    }

    /// inf `Add` / `Sub`: the result takes the larger scale.
    fn combine(&self, other: &Self, subtract: bool) -> Self {
        let other = if subtract {
            other.negated()
        } else {
            other.clone()
        };
        let difference = (i64::from(self.scale) - i64::from(other.scale)).unsigned_abs();
        let (low, high) = if self.scale >= other.scale {
            (&other, self)
        } else {
            (self, &other)
        };
        if difference > MAXIMUM_MATERIALIZED_DIGITS {
            // Go would expand 10^difference here; keep the dominant operand instead.
            let magnitude_exponent =
                |value: &Self| value.unscaled.digit_count() as i64 - i64::from(value.scale);
            return if low.unscaled.is_zero() || magnitude_exponent(high) > magnitude_exponent(low) {
                high.clone()
            } else {
                low.clone()
            };
        }
        let widened = low.unscaled.multiply_power_of_ten(difference);
        Self {
            unscaled: widened.add(&high.unscaled),
            scale: high.scale,
        }
    }

    /// inf `Round(x, scale, RoundUp)`: away from zero when digits are dropped.
    fn round_up(&self, scale: i32) -> Self {
        let shift = i64::from(scale) - i64::from(self.scale);
        if shift >= 0 {
            if shift.unsigned_abs() > MAXIMUM_MATERIALIZED_DIGITS {
                return self.clone();
            }
            return Self {
                unscaled: self.unscaled.multiply_power_of_ten(shift.unsigned_abs()),
                scale,
            };
        }
        let (quotient, dropped) = self.unscaled.divide_power_of_ten(shift.unsigned_abs());
        let unscaled = if dropped {
            let one = BigInteger::from_i64(if self.unscaled.negative { -1 } else { 1 });
            quotient.add(&one)
        } else {
            quotient
        };
        Self { unscaled, scale }
    }

    /// `AsCanonicalBytes`: mantissa and an exponent that is a multiple of 3.
    fn canonical_mantissa_and_exponent(&self) -> (String, i32) {
        let zeros = self.unscaled.trailing_decimal_zeros();
        let (mut amount, _) = self.unscaled.divide_power_of_ten(zeros);
        let mut exponent = self
            .scale
            .wrapping_neg()
            .wrapping_add(i32::try_from(zeros).unwrap_or(i32::MAX));
        while exponent % 3 != 0 {
            amount = amount.multiply_small(10);
            exponent = exponent.wrapping_sub(1);
        }
        (amount.to_decimal_string(), exponent)
    }

    /// `AsCanonicalBase1024Bytes`: round to an integer, then strip factors of 1024.
    fn canonical_base1024_mantissa_and_exponent(&self) -> (String, i32) {
        let mut amount = self.round_up(0).unscaled;
        let mut exponent = 0i32;
        while !amount.is_zero() {
            let (quotient, remainder) = amount.divide_small(1024);
            if remainder != 0 {
                break;
            }
            amount = quotient;
            exponent = exponent.wrapping_add(1);
        }
        (amount.to_decimal_string(), exponent)
    }
}

// ---------------------------------------------------------------------------------------------
// math.go
// ---------------------------------------------------------------------------------------------

fn int64_add(left: i64, right: i64) -> Option<i64> {
    let sum = left.wrapping_add(right);
    if left > 0 && right > 0 && sum < 0 {
        return None;
    }
    if left < 0 && right < 0 && (sum > 0 || (left == i64::MIN && right == i64::MIN)) {
        return None;
    }
    Some(sum)
}

fn int64_multiply(left: i64, right: i64) -> Option<i64> {
    if left == 0 || right == 0 || left == 1 || right == 1 {
        return Some(left.wrapping_mul(right));
    }
    if left == i64::MIN || right == i64::MIN {
        return None;
    }
    let product = left.wrapping_mul(right);
    (product.wrapping_div(right) == left).then_some(product)
}

fn int64_multiply_scale(left: i64, factor: i64) -> Option<i64> {
    if left == 0 || left == 1 {
        return Some(left.wrapping_mul(factor));
    }
    if left == i64::MIN && factor != 1 {
        return None;
    }
    let product = left.wrapping_mul(factor);
    (product.wrapping_div(factor) == left).then_some(product)
}

fn positive_scale_int64(base: i64, scale: i32) -> Option<i64> {
    match scale {
        0 => Some(base),
        1 => int64_multiply_scale(base, 10),
        2 => int64_multiply_scale(base, 100),
        3 => int64_multiply_scale(base, 1000),
        6 => int64_multiply_scale(base, 1_000_000),
        9 => int64_multiply_scale(base, 1_000_000_000),
        _ => {
            if base == 0 {
                return Some(0);
            }
            let mut value = base;
            for _ in 0..scale.max(0) {
                value = int64_multiply_scale(value, 10)?;
            }
            Some(value)
        }
    }
}

/// Scales down by 10^scale, rounding away from zero; returns (value, exact).
fn negative_scale_int64(base: i64, scale: i32) -> (i64, bool) {
    if scale == 0 {
        return (base, true);
    }
    let mut value = base;
    let mut fraction = false;
    for _ in 0..scale.max(0) {
        if !fraction && value % 10 != 0 {
            fraction = true;
        }
        value /= 10;
        if value == 0 {
            if fraction {
                return (if base > 0 { 1 } else { -1 }, false);
            }
            return (0, true);
        }
    }
    if fraction {
        if base > 0 {
            value = value.wrapping_add(1);
        } else {
            value = value.wrapping_sub(1);
        }
    }
    (value, !fraction)
}

fn power_of_ten_int64(exponent: i32) -> i64 {
    if (0..=18).contains(&exponent) {
        10i64.pow(exponent.unsigned_abs())
    } else {
        0
    }
}

/// Returns (quotient, remainder, exact).
fn divide_by_scale_int64(base: i64, scale: i32) -> (i64, i64, bool) {
    if scale == 0 {
        return (base, 0, true);
    }
    if scale >= 18 {
        return (0, base, false);
    }
    let divisor = power_of_ten_int64(scale);
    if divisor == 0 {
        // Go divides by zero here (scale wrapped negative) and panics.
        return (0, base, false);
    }
    (base / divisor, base % divisor, true)
}

fn remove_int64_factors(value: i64, base: i64) -> (i64, i32) {
    let mut times = 0i32;
    let negative = value < 0;
    let mut result = if negative {
        value.wrapping_neg()
    } else {
        value
    };
    while result >= base && result % base == 0 {
        times += 1;
        result /= base;
    }
    if negative {
        result = result.wrapping_neg();
    }
    (result, times)
}

/// Go `int64(math.Pow10(n))` on amd64 (values past int64 convert to `math.MinInt64`).
fn go_power_of_ten_as_int64(exponent: i64) -> i64 {
    if (0..=18).contains(&exponent) {
        10i64.pow(u32::try_from(exponent).unwrap_or(0))
    } else if exponent > 18 {
        i64::MIN
    } else {
        0
    }
}

/// Go `math.Pow10` (built from the same tables, so products round the same way).
fn go_power_of_ten(exponent: i64) -> f64 {
    let literal = |power: i64| format!("1e{power}").parse::<f64>().unwrap_or(0.0);
    if (0..=308).contains(&exponent) {
        literal(exponent / 32 * 32) * literal(exponent % 32)
    } else if (-323..0).contains(&exponent) {
        let positive = -exponent;
        literal(-(positive / 32 * 32)) / literal(positive % 32)
    } else if exponent > 0 {
        f64::INFINITY
    } else {
        0.0
    }
}

// ---------------------------------------------------------------------------------------------
// int64Amount
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Int64Amount {
    value: i64,
    scale: i32,
}

impl Int64Amount {
    fn as_decimal(self) -> InfDecimal {
        InfDecimal::new(self.value, self.scale.wrapping_neg())
    }

    fn as_int64(self) -> Option<i64> {
        if self.scale == 0 {
            return Some(self.value);
        }
        if self.scale < 0 {
            return None;
        }
        positive_scale_int64(self.value, self.scale)
    }

    /// Go `AsScaledInt64` (the value is 0 when scaling up overflows).
    fn as_scaled_int64(self, scale: i32) -> (i64, bool) {
        if self.scale < scale {
            let (result, _) = negative_scale_int64(self.value, scale.wrapping_sub(self.scale));
            return (result, true);
        }
        match positive_scale_int64(self.value, self.scale.wrapping_sub(scale)) {
            Some(value) => (value, true),
            None => (0, false),
        }
    }

    fn compare(self, other: Self) -> Ordering {
        let (mut left, mut right) = (self, other);
        match left.scale.cmp(&right.scale) {
            Ordering::Equal => {}
            Ordering::Greater => {
                let (result, remainder, exact) =
                    divide_by_scale_int64(right.value, left.scale.wrapping_sub(right.scale));
                if !exact {
                    return left.as_decimal().compare(&right.as_decimal());
                }
                if result == left.value {
                    return 0.cmp(&remainder);
                }
                right.value = result;
            }
            Ordering::Less => {
                let (result, remainder, exact) =
                    divide_by_scale_int64(left.value, right.scale.wrapping_sub(left.scale));
                if !exact {
                    return left.as_decimal().compare(&right.as_decimal());
                }
                if result == right.value {
                    return remainder.cmp(&0);
                }
                left.value = result;
            }
        }
        left.value.cmp(&right.value)
    }

    /// Go `int64Amount.Add`; leaves `self` unchanged and returns false on overflow.
    fn add(&mut self, other: Self) -> bool {
        if other.value == 0 {
            return true;
        }
        if self.value == 0 {
            *self = other;
            return true;
        }
        match self.scale.cmp(&other.scale) {
            Ordering::Equal => match int64_add(self.value, other.value) {
                Some(sum) => self.value = sum,
                None => return false,
            },
            Ordering::Greater => {
                let Some(scaled) =
                    positive_scale_int64(self.value, self.scale.wrapping_sub(other.scale))
                else {
                    return false;
                };
                let Some(sum) = int64_add(scaled, other.value) else {
                    return false;
                };
                self.scale = other.scale;
                self.value = sum;
            }
            Ordering::Less => {
                let Some(scaled) =
                    positive_scale_int64(other.value, other.scale.wrapping_sub(self.scale))
                else {
                    return false;
                };
                let Some(sum) = int64_add(self.value, scaled) else {
                    return false;
                };
                self.value = sum;
            }
        }
        true
    }

    fn subtract(&mut self, other: Self) -> bool {
        self.add(Self {
            value: other.value.wrapping_neg(),
            scale: other.scale,
        })
    }

    fn as_scale(self, scale: i32) -> (Self, bool) {
        if self.scale >= scale {
            return (self, true);
        }
        let (value, exact) = negative_scale_int64(self.value, scale.wrapping_sub(self.scale));
        (Self { value, scale }, exact)
    }

    fn canonical_mantissa_and_exponent(self) -> (String, i32) {
        let (mut amount, times) = remove_int64_factors(self.value, 10);
        let mut exponent = self.scale.wrapping_add(times);
        match exponent % 3 {
            1 | -2 => match int64_multiply_scale(amount, 10) {
                Some(value) => {
                    amount = value;
                    exponent = exponent.wrapping_sub(1);
                }
                None => return self.as_decimal().canonical_mantissa_and_exponent(),
            },
            2 | -1 => match int64_multiply_scale(amount, 100) {
                Some(value) => {
                    amount = value;
                    exponent = exponent.wrapping_sub(2);
                }
                None => return self.as_decimal().canonical_mantissa_and_exponent(),
            },
            _ => {}
        }
        (amount.to_string(), exponent)
    }

    fn canonical_base1024_mantissa_and_exponent(self) -> (String, i32) {
        let (value, ok) = self.as_scaled_int64(0);
        if !ok {
            return self.as_decimal().canonical_base1024_mantissa_and_exponent();
        }
        let (amount, exponent) = remove_int64_factors(value, 1024);
        (amount.to_string(), exponent)
    }
}

// ---------------------------------------------------------------------------------------------
// Quantity
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum QuantityAmount {
    Int64(Int64Amount),
    Decimal(InfDecimal),
}

impl Default for QuantityAmount {
    fn default() -> Self {
        Self::Int64(Int64Amount::default())
    }
}

/// A Kubernetes resource quantity (apimachinery `resource.Quantity`). Equality and ordering
/// compare values, like Go's `Cmp` / `Equal`.
#[derive(Debug, Clone, Default)]
pub struct Quantity {
    amount: QuantityAmount,
    format: QuantityFormat,
    /// Go's cached string `s`: the input when it was already canonical, or the last `String()`.
    cached: Option<String>,
}

/// The result of splitting a quantity string (apimachinery `parseQuantityString`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct QuantityStringParts<'s> {
    positive: bool,
    value: &'s str,
    number: &'s str,
    denominator: &'s str,
    suffix: &'s str,
}

fn parse_quantity_string(text: &str) -> Result<QuantityStringParts<'_>, QuantityError> {
    let bytes = text.as_bytes();
    let end = bytes.len();
    let slice = |from: usize, to: usize| text.get(from..to).unwrap_or("");
    let mut parts = QuantityStringParts {
        positive: true,
        value: "",
        number: "",
        denominator: "",
        suffix: "",
    };
    let mut position = 0;
    match bytes.first() {
        Some(b'-') => {
            parts.positive = false;
            position += 1;
        }
        Some(b'+') => position += 1,
        _ => {}
    }
    // leading zeros
    loop {
        match bytes.get(position) {
            None => {
                parts.number = "0";
                parts.value = "0";
                return Ok(parts);
            }
            Some(b'0') => position += 1,
            Some(_) => break,
        }
    }
    // integer digits
    let mut index = position;
    loop {
        match bytes.get(index) {
            None => {
                parts.number = slice(position, end);
                parts.value = slice(0, end);
                return Ok(parts);
            }
            Some(byte) if byte.is_ascii_digit() => index += 1,
            Some(_) => {
                parts.number = slice(position, index);
                position = index;
                break;
            }
        }
    }
    if parts.number.is_empty() {
        parts.number = "0";
    }
    // fraction digits
    if bytes.get(position) == Some(&b'.') {
        position += 1;
        let mut index = position;
        loop {
            match bytes.get(index) {
                None => {
                    parts.denominator = slice(position, end);
                    parts.value = slice(0, end);
                    return Ok(parts);
                }
                Some(byte) if byte.is_ascii_digit() => index += 1,
                Some(_) => {
                    parts.denominator = slice(position, index);
                    position = index;
                    break;
                }
            }
        }
    }
    parts.value = slice(0, position);
    // suffix: letters, then an optional sign, then digits
    let suffix_start = position;
    let mut index = position;
    loop {
        match bytes.get(index) {
            None => {
                parts.suffix = slice(suffix_start, end);
                return Ok(parts);
            }
            Some(byte) if b"eEinumkKMGTP".contains(byte) => index += 1,
            Some(_) => {
                position = index;
                break;
            }
        }
    }
    if matches!(bytes.get(position), Some(b'-') | Some(b'+')) {
        position += 1;
    }
    let mut index = position;
    loop {
        match bytes.get(index) {
            None => {
                parts.suffix = slice(suffix_start, end);
                return Ok(parts);
            }
            Some(byte) if byte.is_ascii_digit() => index += 1,
            Some(_) => return Err(QuantityError::FormatWrong),
        }
    }
}

/// `quantitySuffixer.interpret`: (base, exponent, format).
fn interpret_suffix(suffix: &str) -> Option<(u32, i32, QuantityFormat)> {
    let decimal = |exponent| Some((10, exponent, QuantityFormat::DecimalSi));
    let binary = |exponent| Some((2, exponent, QuantityFormat::BinarySi));
    match suffix {
        "" => decimal(0),
        "n" => decimal(-9),
        "u" => decimal(-6),
        "m" => decimal(-3),
        "k" => decimal(3),
        "M" => decimal(6),
        "G" => decimal(9),
        "T" => decimal(12),
        "P" => decimal(15),
        "E" => decimal(18),
        "Ki" => binary(10),
        "Mi" => binary(20),
        "Gi" => binary(30),
        "Ti" => binary(40),
        "Pi" => binary(50),
        "Ei" => binary(60),
        _ => {
            let exponent_text = suffix
                .strip_prefix('e')
                .or_else(|| suffix.strip_prefix('E'))
                .filter(|rest| !rest.is_empty())?;
            let parsed = exponent_text.parse::<i64>().ok()?;
            // Go converts with int32(parsed), keeping the low 32 bits.
            Some((10, parsed as i32, QuantityFormat::DecimalExponent))
        }
    }
}

/// `quantitySuffixer.constructBytes`; `None` prints nothing (as Go does for unknown pairs).
fn construct_suffix(base: u32, exponent: i32, format: QuantityFormat) -> Option<String> {
    let suffix = match (format, base, exponent) {
        (QuantityFormat::DecimalSi, 10, -9) => "n",
        (QuantityFormat::DecimalSi, 10, -6) => "u",
        (QuantityFormat::DecimalSi, 10, -3) => "m",
        (QuantityFormat::DecimalSi, 10 | 2, 0) => "",
        (QuantityFormat::DecimalSi, 10, 3) => "k",
        (QuantityFormat::DecimalSi, 10, 6) => "M",
        (QuantityFormat::DecimalSi, 10, 9) => "G",
        (QuantityFormat::DecimalSi, 10, 12) => "T",
        (QuantityFormat::DecimalSi, 10, 15) => "P",
        (QuantityFormat::DecimalSi, 10, 18) => "E",
        (QuantityFormat::BinarySi, 2, 10) => "Ki",
        (QuantityFormat::BinarySi, 2, 20) => "Mi",
        (QuantityFormat::BinarySi, 2, 30) => "Gi",
        (QuantityFormat::BinarySi, 2, 40) => "Ti",
        (QuantityFormat::BinarySi, 2, 50) => "Pi",
        (QuantityFormat::BinarySi, 2, 60) => "Ei",
        (QuantityFormat::DecimalExponent | QuantityFormat::Unspecified, 10, 0) => "",
        (QuantityFormat::DecimalExponent | QuantityFormat::Unspecified, 10, _) => {
            return Some(format!("e{exponent}"))
        }
        _ => return None,
    };
    Some(suffix.to_string())
}

impl Quantity {
    /// Go `ParseQuantity`: `100m`, `0.5`, `1Gi`, `129e6`, `+1.5Ki`, ...
    pub fn parse(text: &str) -> Result<Quantity, QuantityError> {
        if text.is_empty() {
            return Err(QuantityError::FormatWrong);
        }
        if text == "0" {
            return Ok(Quantity {
                amount: QuantityAmount::default(),
                format: QuantityFormat::DecimalSi,
                cached: Some("0".to_string()),
            });
        }
        let parts = parse_quantity_string(text)?;
        let (base, exponent, mut format) =
            interpret_suffix(parts.suffix).ok_or(QuantityError::Suffix)?;
        let number_digits = i32::try_from(parts.number.len()).unwrap_or(i32::MAX);
        let fraction_digits = i32::try_from(parts.denominator.len()).unwrap_or(i32::MAX);

        let precision: i32;
        let mut scale = 0i32;
        let mut mantissa = 1i64;
        match format {
            QuantityFormat::BinarySi => {
                if exponent >= 0 && parts.denominator.is_empty() {
                    mantissa = 1i64 << exponent.clamp(0, 62);
                    precision = 15i32
                        .saturating_sub(number_digits)
                        .saturating_sub(exponent * 3 / 10)
                        .saturating_sub(1);
                } else {
                    precision = -1;
                }
            }
            _ => {
                scale = exponent;
                precision = 18i32.saturating_sub(number_digits.saturating_add(fraction_digits));
            }
        }

        if precision >= 0 {
            scale = scale.wrapping_sub(fraction_digits);
            if scale >= -9 {
                let shifted = format!("{}{}", parts.number, parts.denominator);
                let value: i64 = shifted.parse().map_err(|_| QuantityError::Numeric)?;
                if let Some(mut result) = int64_multiply(value, mantissa) {
                    if !parts.positive {
                        result = result.wrapping_neg();
                    }
                    let keep_input = match format {
                        QuantityFormat::BinarySi => exponent % 10 == 0 && value & 0x07 != 0,
                        _ => {
                            scale % 3 == 0 && !shifted.ends_with("000") && !shifted.starts_with('0')
                        }
                    };
                    return Ok(Quantity {
                        amount: QuantityAmount::Int64(Int64Amount {
                            value: result,
                            scale,
                        }),
                        format,
                        cached: keep_input.then(|| text.to_string()),
                    });
                }
            }
        }

        let mut amount = InfDecimal::parse(parts.value).ok_or(QuantityError::Numeric)?;
        if base == 10 {
            amount.scale = amount.scale.wrapping_add(exponent.wrapping_neg());
        } else {
            amount.unscaled = amount
                .unscaled
                .multiply_power_of_two(exponent.unsigned_abs());
        }
        let sign = amount.signum();
        if sign == -1 {
            amount = amount.negated();
        }
        if !amount.unscaled.is_zero() {
            amount = amount.round_up(9);
        }
        if format == QuantityFormat::BinarySi {
            let maximum = InfDecimal::new(i64::MAX, 0);
            if amount.compare(&maximum) == Ordering::Greater {
                amount = maximum;
            }
            if amount.compare(&InfDecimal::new(1, 0)) == Ordering::Less && amount.signum() > 0 {
                format = QuantityFormat::DecimalSi;
            }
        }
        if sign == -1 {
            amount = amount.negated();
        }
        Ok(Quantity {
            amount: QuantityAmount::Decimal(amount),
            format,
            cached: None,
        })
    }

    /// Go `NewQuantity(value, format)`.
    pub fn new(value: i64, format: QuantityFormat) -> Quantity {
        Self::from_int64_amount(value, 0, format)
    }

    /// Go `NewMilliQuantity(value, format)`: `value` thousandths.
    pub fn new_milli(value: i64, format: QuantityFormat) -> Quantity {
        Self::from_int64_amount(value, -3, format)
    }

    /// Go `NewScaledQuantity(value, scale)`: `value × 10^scale`, printed as `DecimalSI`.
    pub fn new_scaled(value: i64, scale: i32) -> Quantity {
        Self::from_int64_amount(value, scale, QuantityFormat::DecimalSi)
    }

    fn from_int64_amount(value: i64, scale: i32, format: QuantityFormat) -> Quantity {
        Quantity {
            amount: QuantityAmount::Int64(Int64Amount { value, scale }),
            format,
            cached: None,
        }
    }

    /// How the quantity prints.
    pub fn format(&self) -> QuantityFormat {
        self.format
    }

    fn as_decimal(&self) -> InfDecimal {
        match &self.amount {
            QuantityAmount::Int64(amount) => amount.as_decimal(),
            QuantityAmount::Decimal(decimal) => decimal.clone(),
        }
    }

    /// Go `IsZero`.
    pub fn is_zero(&self) -> bool {
        match &self.amount {
            QuantityAmount::Int64(amount) => amount.value == 0,
            QuantityAmount::Decimal(decimal) => decimal.unscaled.is_zero(),
        }
    }

    /// Go `Sign`: -1, 0 or 1.
    pub fn sign(&self) -> i32 {
        match &self.amount {
            QuantityAmount::Int64(amount) => amount.value.signum() as i32,
            QuantityAmount::Decimal(decimal) => decimal.signum(),
        }
    }

    /// Go `Cmp`.
    pub fn compare(&self, other: &Quantity) -> Ordering {
        match (&self.amount, &other.amount) {
            (QuantityAmount::Int64(left), QuantityAmount::Int64(right)) => left.compare(*right),
            _ => self.as_decimal().compare(&other.as_decimal()),
        }
    }

    /// Go `CmpInt64`.
    pub fn compare_int64(&self, value: i64) -> Ordering {
        match &self.amount {
            QuantityAmount::Int64(amount) => amount.compare(Int64Amount { value, scale: 0 }),
            QuantityAmount::Decimal(decimal) => decimal.compare(&InfDecimal::new(value, 0)),
        }
    }

    /// Go `Add`: `self += other`.
    pub fn add(&mut self, other: &Quantity) {
        self.cached = None;
        match (&mut self.amount, &other.amount) {
            (QuantityAmount::Int64(left), QuantityAmount::Int64(right)) => {
                if left.value == 0 {
                    self.format = other.format;
                }
                if left.add(*right) {
                    return;
                }
            }
            _ => {
                if self.is_zero() {
                    self.format = other.format;
                }
            }
        }
        self.amount =
            QuantityAmount::Decimal(self.as_decimal().combine(&other.as_decimal(), false));
    }

    /// Go `Sub`: `self -= other`.
    pub fn sub(&mut self, other: &Quantity) {
        self.cached = None;
        if self.is_zero() {
            self.format = other.format;
        }
        if let (QuantityAmount::Int64(left), QuantityAmount::Int64(right)) =
            (&mut self.amount, &other.amount)
        {
            if left.subtract(*right) {
                return;
            }
        }
        self.amount = QuantityAmount::Decimal(self.as_decimal().combine(&other.as_decimal(), true));
    }

    /// Go `Neg`.
    pub fn neg(&mut self) {
        self.cached = None;
        match &mut self.amount {
            QuantityAmount::Int64(amount) => amount.value = amount.value.wrapping_neg(),
            QuantityAmount::Decimal(decimal) => *decimal = decimal.negated(),
        }
    }

    /// Go `Value()`: whole units, rounded up (away from zero for int64 amounts).
    pub fn value(&self) -> i64 {
        self.scaled_value(0)
    }

    /// Go `MilliValue()`: thousandths, rounded up.
    pub fn milli_value(&self) -> i64 {
        self.scaled_value(-3)
    }

    /// Go `ScaledValue(scale)`: the value in units of 10^scale, rounded up, with Go's overflow
    /// behaviour (0 for int64 amounts that overflow, wrapped bits for big decimals).
    pub fn scaled_value(&self, scale: i32) -> i64 {
        match &self.amount {
            QuantityAmount::Int64(amount) => amount.as_scaled_int64(scale).0,
            QuantityAmount::Decimal(decimal) => {
                go_scaled_value(&decimal.unscaled, decimal.scale, scale.wrapping_neg())
            }
        }
    }

    /// Go `AsInt64`: the exact integer value when stored as an int64 amount.
    pub fn as_int64(&self) -> Option<i64> {
        match &self.amount {
            QuantityAmount::Int64(amount) => amount.as_int64(),
            QuantityAmount::Decimal(_) => None,
        }
    }

    /// Go `AsApproximateFloat64`.
    pub fn as_approximate_float64(&self) -> f64 {
        let (base, exponent) = match &self.amount {
            QuantityAmount::Int64(amount) => (amount.value as f64, i64::from(amount.scale)),
            QuantityAmount::Decimal(decimal) => {
                (decimal.unscaled.to_f64(), -i64::from(decimal.scale))
            }
        };
        if exponent == 0 {
            return base;
        }
        base * go_power_of_ten(exponent)
    }

    /// Go `RoundUp(scale)`: rounds away from zero to 10^scale; returns whether it was exact.
    pub fn round_up(&mut self, scale: i32) -> bool {
        match &mut self.amount {
            QuantityAmount::Decimal(decimal) => {
                self.cached = None;
                let rounded = decimal.round_up(scale.wrapping_neg());
                let exact = rounded.compare(decimal) == Ordering::Equal;
                *decimal = rounded;
                exact
            }
            QuantityAmount::Int64(amount) => {
                if amount.scale >= scale {
                    return true;
                }
                self.cached = None;
                let (rounded, exact) = amount.as_scale(scale);
                *amount = rounded;
                exact
            }
        }
    }

    /// Go `Set(value)`.
    pub fn set(&mut self, value: i64) {
        self.set_scaled(value, 0);
    }

    /// Go `SetMilli(value)`.
    pub fn set_milli(&mut self, value: i64) {
        self.set_scaled(value, -3);
    }

    /// Go `SetScaled(value, scale)` (the format is left as it was).
    pub fn set_scaled(&mut self, value: i64, scale: i32) {
        self.cached = None;
        self.amount = QuantityAmount::Int64(Int64Amount { value, scale });
    }

    /// Go `CanonicalizeBytes`: the canonical number and suffix, ignoring any cached string.
    pub fn canonical_parts(&self) -> (String, String) {
        if self.is_zero() {
            return ("0".to_string(), String::new());
        }
        let mut format = self.format;
        let mut rounded = None;
        match format {
            QuantityFormat::DecimalExponent | QuantityFormat::DecimalSi => {}
            QuantityFormat::BinarySi => {
                if self.compare_int64(-1024) == Ordering::Greater
                    && self.compare_int64(1024) == Ordering::Less
                {
                    format = QuantityFormat::DecimalSi;
                } else {
                    let (value, exact) = match &self.amount {
                        QuantityAmount::Int64(amount) => {
                            let (scaled, exact) = amount.as_scale(0);
                            (QuantityAmount::Int64(scaled), exact)
                        }
                        QuantityAmount::Decimal(decimal) => {
                            let scaled = decimal.round_up(0);
                            let exact = scaled.compare(decimal) == Ordering::Equal;
                            (QuantityAmount::Decimal(scaled), exact)
                        }
                    };
                    if exact {
                        rounded = Some(value);
                    } else {
                        format = QuantityFormat::DecimalSi;
                    }
                }
            }
            QuantityFormat::Unspecified => format = QuantityFormat::DecimalExponent,
        }
        match (format, rounded) {
            (QuantityFormat::BinarySi, Some(rounded)) => {
                let (number, exponent) = match rounded {
                    QuantityAmount::Int64(amount) => {
                        amount.canonical_base1024_mantissa_and_exponent()
                    }
                    QuantityAmount::Decimal(decimal) => {
                        decimal.canonical_base1024_mantissa_and_exponent()
                    }
                };
                let suffix = construct_suffix(2, exponent.wrapping_mul(10), format);
                (number, suffix.unwrap_or_default())
            }
            _ => {
                let (number, exponent) = match &self.amount {
                    QuantityAmount::Int64(amount) => amount.canonical_mantissa_and_exponent(),
                    QuantityAmount::Decimal(decimal) => decimal.canonical_mantissa_and_exponent(),
                };
                let suffix = construct_suffix(10, exponent, format);
                (number, suffix.unwrap_or_default())
            }
        }
    }

    /// Go `UnmarshalJSON` from a decoded JSON value: `null` is the zero quantity, strings and
    /// numbers are trimmed and parsed (numbers as serde_json prints them).
    pub fn from_json_value(value: &serde_json::Value) -> Result<Quantity, QuantityError> {
        match value {
            serde_json::Value::Null => Ok(Quantity::default()),
            serde_json::Value::String(text) => Quantity::parse(text.trim()),
            serde_json::Value::Number(number) => Quantity::parse(number.to_string().trim()),
            _ => Err(QuantityError::FormatWrong),
        }
    }

    /// Go `MarshalJSON`: the quantity as a JSON string.
    pub fn to_json_value(&self) -> serde_json::Value {
        serde_json::Value::String(self.to_string())
    }
}

/// apimachinery `scaledValue(unscaled, scale, newScale)`.
fn go_scaled_value(unscaled: &BigInteger, scale: i32, new_scale: i32) -> i64 {
    let difference = i64::from(scale) - i64::from(new_scale);
    if difference == 0 {
        return unscaled.low_bits_as_i64();
    }
    if difference < 0 {
        return unscaled
            .low_bits_as_i64()
            .wrapping_mul(go_power_of_ten_as_int64(-difference));
    }
    let below_maximum = unscaled.compare(&BigInteger::from_i64(i64::MAX)) == Ordering::Less;
    if below_maximum && difference < 19 {
        let divisor = go_power_of_ten_as_int64(difference);
        let value = unscaled.low_bits_as_i64();
        if divisor == 0 {
            return value;
        }
        let result = value.wrapping_div(divisor);
        if value.wrapping_rem(divisor) != 0 {
            return result.wrapping_add(1);
        }
        return result;
    }
    // Euclidean division by 10^difference, then +1 when a remainder is left.
    let (truncated, dropped) = unscaled.divide_power_of_ten(difference.unsigned_abs());
    let quotient = if dropped && unscaled.negative {
        truncated.subtract(&BigInteger::from_i64(1))
    } else {
        truncated
    };
    let result = quotient.low_bits_as_i64();
    if dropped {
        result.wrapping_add(1)
    } else {
        result
    }
}

impl fmt::Display for Quantity {
    /// Go `String()`: the cached input when it was canonical, else the canonical form.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(cached) = &self.cached {
            return formatter.write_str(cached);
        }
        let (number, suffix) = self.canonical_parts();
        write!(formatter, "{number}{suffix}")
    }
}

impl std::str::FromStr for Quantity {
    type Err = QuantityError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Quantity::parse(text)
    }
}

impl PartialEq for Quantity {
    fn eq(&self, other: &Self) -> bool {
        self.compare(other) == Ordering::Equal
    }
}

impl Eq for Quantity {}

impl PartialOrd for Quantity {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Quantity {
    fn cmp(&self, other: &Self) -> Ordering {
        self.compare(other)
    }
}

#[cfg(test)]
#[path = "quantity_tests.rs"]
mod tests;
