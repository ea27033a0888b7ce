//! When to try a delivery again, and how soon: exponential backoff with full jitter on
//! network errors, timeouts, 5xx, 408 and 429 (honouring `Retry-After`); never on other
//! 4xx, whose message is shown instead. A redirect is never followed and never taken for
//! a delivery (a browser repeats a POST redirected by 301, 302 or 303 as a GET, which
//! stores nothing); a 409 to the request's `Idempotency-Key` means "already received":
//! the key is random and new, so a backend knows it only from this very request (sent
//! before, or sent again by the browser itself on a connection that closed).

/// What the last attempt got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attempt<'a> {
    /// No response: offline, DNS, a dropped connection, or our own timeout.
    NoResponse,
    /// The backend answered with `status`.
    Response {
        /// The HTTP status.
        status: u16,
        /// The `Retry-After` header, if any.
        retry_after: Option<&'a str>,
    },
    /// The backend answered with a redirect (any 3xx): the request was not confirmed.
    Redirected,
}

/// What to do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// The backend confirmed it (2xx).
    Delivered,
    /// A 409 to the request's key: the backend has the request already.
    AlreadyReceived,
    /// An answer that does not say the request was stored (a redirect): keep it in the
    /// outbox, tell the citizen it was not confirmed, and staff why in the console.
    NotConfirmed,
    /// Try again after this many milliseconds.
    RetryIn(u64),
    /// Stop trying now (keep the request in the outbox and tell the citizen).
    GiveUp,
    /// The server refused the request itself (a 4xx other than 408/429): trying again would
    /// get the same answer. Its message is shown.
    Refused(u16),
}

/// The schedule of retries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    /// Delay ceiling of the first retry, in ms; doubles each attempt.
    pub base_ms: u64,
    /// No delay longer than this.
    pub max_ms: u64,
    /// Attempts in all (the first one included).
    pub max_attempts: u32,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            base_ms: 500,
            max_ms: 30_000,
            max_attempts: 6,
        }
    }
}

/// Seconds to wait from a `Retry-After` value: delta-seconds (`120`) or an HTTP date
/// (`Wed, 21 Oct 2026 07:28:00 GMT`) compared with `now` (Unix seconds).
pub fn retry_after_seconds(value: &str, now: i64) -> Option<u64> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(seconds);
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    let parts: Vec<&str> = value.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| m == month)? as i64 + 1;
    let (day, year): (i64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let hms: Vec<i64> = time
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [h, m, s] = hms.as_slice() else {
        return None;
    };
    // An HTTP date has a four-digit year and a real time of day; anything else (a year
    // 99999999999, say) is not a date, and must not overflow the arithmetic below.
    if !(1..=9999).contains(&year)
        || !(1..=31).contains(&day)
        || !(0..24).contains(h)
        || !(0..60).contains(m)
        || !(0..=60).contains(s)
    {
        return None;
    }
    let at = days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + s;
    Some(u64::try_from(at.saturating_sub(now)).unwrap_or(0))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl Backoff {
    /// What to do after attempt number `attempt` (1 for the first) got `got`. `jitter` is
    /// a random number in [0, 1) from the caller (full jitter: the delay is uniform between
    /// zero and the exponential ceiling, so many clients do not retry in step).
    pub fn decide(&self, attempt: u32, got: &Attempt, jitter: f64, now: i64) -> Decision {
        let retry_after = match got {
            Attempt::Response { status, .. } if (200..300).contains(status) => {
                return Decision::Delivered
            }
            Attempt::Response { status: 409, .. } => return Decision::AlreadyReceived,
            Attempt::Redirected
            | Attempt::Response {
                status: 300..=399, ..
            } => return Decision::NotConfirmed,
            Attempt::Response {
                status,
                retry_after,
            } if matches!(status, 408 | 429) || *status >= 500 => {
                retry_after.and_then(|v| retry_after_seconds(v, now))
            }
            Attempt::Response { status, .. } => return Decision::Refused(*status),
            Attempt::NoResponse => None,
        };
        if attempt >= self.max_attempts {
            return Decision::GiveUp;
        }
        let ceiling = self
            .base_ms
            .saturating_mul(1u64 << attempt.saturating_sub(1).min(20))
            .min(self.max_ms);
        let jittered = (ceiling as f64 * jitter.clamp(0.0, 1.0)) as u64;
        match retry_after {
            // The server said when: wait that long, but not beyond what we would wait at most.
            Some(seconds) => {
                Decision::RetryIn(seconds.saturating_mul(1000).min(self.max_ms).max(jittered))
            }
            None => Decision::RetryIn(jittered),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_342_680; // 2026-11-22T10:18:00Z

    fn response(status: u16) -> Attempt<'static> {
        Attempt::Response {
            status,
            retry_after: None,
        }
    }

    #[test]
    fn success_refusal_and_retryable_failures() {
        let b = Backoff::default();
        assert_eq!(b.decide(1, &response(201), 0.5, NOW), Decision::Delivered);
        assert_eq!(b.decide(1, &response(204), 0.5, NOW), Decision::Delivered);
        for status in [400, 401, 403, 404, 413, 422] {
            assert_eq!(
                b.decide(1, &response(status), 0.5, NOW),
                Decision::Refused(status)
            );
        }
        for got in [
            Attempt::NoResponse,
            response(500),
            response(502),
            response(503),
            response(408),
            response(429),
        ] {
            assert!(
                matches!(b.decide(1, &got, 0.5, NOW), Decision::RetryIn(_)),
                "{got:?}"
            );
        }
    }

    /// The findings: a 301 repeated as a GET stored nothing, and a 409 to a key
    /// already sent was shown as a refusal although the first attempt was stored.
    #[test]
    fn redirects_are_not_deliveries_and_a_repeated_409_is_already_received() {
        let b = Backoff::default();
        for status in [301, 302, 303, 307, 308] {
            assert_eq!(
                b.decide(1, &response(status), 0.5, NOW),
                Decision::NotConfirmed
            );
        }
        assert_eq!(
            b.decide(1, &Attempt::Redirected, 0.5, NOW),
            Decision::NotConfirmed
        );
        // A 409 to the request's key, on any attempt: the key is random and new, so the
        // backend knows it only from this request. It can come on the first attempt the
        // form made: Chromium sends a POST again by itself when a reused connection closes
        // without an answer (the backend stored it and closed: found by the chaos run).
        for attempt in [1, 2, 5] {
            assert_eq!(
                b.decide(attempt, &response(409), 0.5, NOW),
                Decision::AlreadyReceived
            );
        }
    }

    #[test]
    fn absurd_retry_after_dates_are_not_dates() {
        for value in [
            "Sun, 22 Nov 99999999999999 10:18:10 GMT",
            "Sun, 22 Nov -9223372036854775808 10:18:10 GMT",
            "Sun, 22 Nov 2026 9223372036854775807:00:00 GMT",
            "Sun, 99 Nov 2026 10:18:10 GMT",
        ] {
            assert_eq!(retry_after_seconds(value, NOW), None, "{value}");
        }
        assert_eq!(
            retry_after_seconds("Fri, 31 Dec 9999 23:59:59 GMT", i64::MIN),
            Some(i64::MAX as u64)
        );
        assert_eq!(
            retry_after_seconds("18446744073709551615", NOW),
            Some(u64::MAX)
        );
        let got = Attempt::Response {
            status: 503,
            retry_after: Some("18446744073709551615"),
        };
        assert_eq!(
            Backoff::default().decide(1, &got, 0.5, NOW),
            Decision::RetryIn(30_000)
        );
    }

    #[test]
    fn delays_grow_exponentially_with_full_jitter_and_stop() {
        let b = Backoff {
            base_ms: 500,
            max_ms: 30_000,
            max_attempts: 6,
        };
        let ceilings: Vec<Decision> = (1..=6)
            .map(|n| b.decide(n, &Attempt::NoResponse, 0.999_999, NOW))
            .collect();
        assert_eq!(
            ceilings,
            [
                Decision::RetryIn(499),
                Decision::RetryIn(999),
                Decision::RetryIn(1999),
                Decision::RetryIn(3999),
                Decision::RetryIn(7999),
                Decision::GiveUp
            ]
        );
        assert_eq!(
            b.decide(3, &Attempt::NoResponse, 0.0, NOW),
            Decision::RetryIn(0)
        );
        let long = Backoff {
            max_attempts: 30,
            ..b
        };
        assert_eq!(
            long.decide(20, &Attempt::NoResponse, 0.999_999, NOW),
            Decision::RetryIn(29_999)
        );
    }

    #[test]
    fn retry_after_is_honoured_in_seconds_or_as_a_date() {
        let b = Backoff::default();
        let got = Attempt::Response {
            status: 429,
            retry_after: Some("3"),
        };
        assert_eq!(b.decide(1, &got, 0.1, NOW), Decision::RetryIn(3000));
        let got = Attempt::Response {
            status: 503,
            retry_after: Some("Sun, 22 Nov 2026 10:18:10 GMT"),
        };
        assert_eq!(b.decide(1, &got, 0.1, NOW), Decision::RetryIn(10_000));
        // Never longer than the ceiling of a single wait.
        let got = Attempt::Response {
            status: 429,
            retry_after: Some("86400"),
        };
        assert_eq!(b.decide(1, &got, 0.1, NOW), Decision::RetryIn(30_000));
        assert_eq!(
            retry_after_seconds("Sun, 22 Nov 2026 10:17:00 GMT", NOW),
            Some(0),
            "a date in the past"
        );
        assert_eq!(retry_after_seconds("soon", NOW), None);
        assert_eq!(
            retry_after_seconds("Sun, 32 Foo 2026 10:17:00 GMT", NOW),
            None
        );
    }

    #[test]
    fn the_civil_day_count_matches_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(
            days_from_civil(2026, 11, 22) * 86_400 + 10 * 3600 + 18 * 60,
            NOW
        );
    }
}
