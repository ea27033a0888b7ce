//! Faults injected on demand, so the browser's retries, idempotency and outbox can be
//! tested against a real server: fail the next N deliveries, or fail at random.

/// What happens to one delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    None,
    /// Answer with this status (500, 502, 503, 408) without storing.
    Status(u16),
    /// 429 with `Retry-After` in seconds, without storing.
    TooMany(u32),
    /// Wait this long, then handle normally.
    Delay(u64),
    /// Close the connection without an answer, without storing.
    Drop,
    /// Store the request, then close the connection without an answer: the browser must
    /// retry with the same idempotency key and the request must not be stored twice.
    StoreThenDrop,
}

/// The plan set by `POST /__faults`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Plan {
    Off,
    /// The next `remaining` deliveries meet `fault`.
    Next {
        remaining: u32,
        fault: Fault,
    },
    /// Each delivery meets a random fault with probability `rate`.
    Random {
        rate: f64,
        state: u64,
    },
}

impl Plan {
    /// Reads a plan: `{"next": 3, "fault": "503"}` or `{"random": 0.5, "seed": 7}` or `{}`.
    pub fn from_json(text: &str) -> Option<Plan> {
        let v: serde_json::Value = serde_json::from_str(text).ok()?;
        if let Some(rate) = v.get("random").and_then(|r| r.as_f64()) {
            let seed = v.get("seed").and_then(|s| s.as_u64()).unwrap_or(1);
            return Some(Plan::Random {
                rate: rate.clamp(0.0, 1.0),
                state: seed.max(1),
            });
        }
        if let Some(n) = v.get("next").and_then(|n| n.as_u64()) {
            let fault = match v.get("fault").and_then(|f| f.as_str()).unwrap_or("503") {
                "429" => {
                    Fault::TooMany(v.get("retry_after").and_then(|r| r.as_u64()).unwrap_or(1) as u32)
                }
                "drop" => Fault::Drop,
                "store_then_drop" => Fault::StoreThenDrop,
                "delay" => Fault::Delay(v.get("ms").and_then(|r| r.as_u64()).unwrap_or(1500)),
                status => Fault::Status(status.parse().ok()?),
            };
            return Some(Plan::Next {
                remaining: n as u32,
                fault,
            });
        }
        Some(Plan::Off)
    }

    /// The fault of the next delivery.
    pub fn next(&mut self) -> Fault {
        match self {
            Plan::Off => Fault::None,
            Plan::Next { remaining, fault } => {
                if *remaining == 0 {
                    Fault::None
                } else {
                    *remaining -= 1;
                    *fault
                }
            }
            Plan::Random { rate, state } => {
                // xorshift64*: reproducible from the seed, no dependency.
                let mut roll = || {
                    *state ^= *state >> 12;
                    *state ^= *state << 25;
                    *state ^= *state >> 27;
                    (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
                };
                if roll() >= *rate {
                    return Fault::None;
                }
                const FAULTS: [Fault; 8] = [
                    Fault::Status(500),
                    Fault::Status(503),
                    Fault::Status(502),
                    Fault::Status(408),
                    Fault::TooMany(1),
                    Fault::Delay(1200),
                    Fault::Drop,
                    Fault::StoreThenDrop,
                ];
                FAULTS[(roll() * FAULTS.len() as f64) as usize % FAULTS.len()]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_are_read_and_followed() {
        let mut plan =
            Plan::from_json(r#"{"next": 2, "fault": "429", "retry_after": 3}"#).expect("plan");
        assert_eq!(plan.next(), Fault::TooMany(3));
        assert_eq!(plan.next(), Fault::TooMany(3));
        assert_eq!(plan.next(), Fault::None);
        assert_eq!(Plan::from_json("{}"), Some(Plan::Off));
        assert_eq!(Plan::from_json(r#"{"next": 1, "fault": "teapot"}"#), None);
        let mut random = Plan::from_json(r#"{"random": 0.5, "seed": 42}"#).expect("plan");
        let faults: Vec<Fault> = (0..1000).map(|_| random.next()).collect();
        let hit = faults.iter().filter(|f| **f != Fault::None).count();
        assert!((400..600).contains(&hit), "{hit} of 1000 at rate 0.5");
        assert!(faults.contains(&Fault::StoreThenDrop) && faults.contains(&Fault::Drop));
    }
}
