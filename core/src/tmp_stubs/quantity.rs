//! Temporary stand-in for the quantity module while it is being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity(i64);
impl Quantity {
    pub fn parse(text: &str) -> Result<Quantity, String> {
        let (number, factor): (&str, f64) = if let Some(n) = text.strip_suffix('m') {
            (n, 1.0)
        } else if let Some(n) = text.strip_suffix("Ki") {
            (n, 1_024_000.0)
        } else if let Some(n) = text.strip_suffix("Mi") {
            (n, 1_048_576_000.0)
        } else if let Some(n) = text.strip_suffix("Gi") {
            (n, 1_073_741_824_000.0)
        } else {
            (text, 1000.0)
        };
        number
            .parse::<f64>()
            .map(|v| Quantity((v * factor) as i64))
            .map_err(|e| e.to_string())
    }
    pub fn milli_value(&self) -> i64 {
        self.0
    }
    pub fn value(&self) -> i64 {
        (self.0 + 999) / 1000
    }
    pub fn is_integer(&self) -> bool {
        self.0 % 1000 == 0
    }
    pub fn is_negative(&self) -> bool {
        self.0 < 0
    }
}
