// @generated: copied from the generator's runtime/runtime/retry.rs. Do not edit.

//! When and how long to wait before trying a call again.

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// How a client retries: exponential backoff with full jitter, bounded by attempts and by the
/// total time of the call. A `Retry-After` on a 429 or 503 answer replaces the backoff.
///
/// Only what is safe is retried: 429 always (the server did not act on the request); other
/// 5xx answers, timeouts and broken connections only for idempotent methods or requests that
/// carry an idempotency key; a failed connection always (nothing was sent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::standard()
    }
}

impl RetryPolicy {
    /// Three attempts, waits starting at up to 200 ms and doubling up to 10 s, and no new
    /// attempt once a minute has passed.
    pub fn standard() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_elapsed: Duration::from_secs(60),
        }
    }

    /// One attempt: every failure is returned as it is.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::standard()
        }
    }

    /// At most `attempts` attempts in all (at least one).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The longest first wait; each later one may be twice as long.
    pub fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest wait computed by backoff (a `Retry-After` may ask for more).
    pub fn with_max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// No attempt starts, and no wait is begun that would end, later than this after the call
    /// began.
    pub fn with_max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    pub fn max_elapsed(&self) -> Duration {
        self.max_elapsed
    }

    /// The wait before attempt `attempt + 1`: uniformly random between zero and the
    /// exponential bound ("full jitter"), so clients that failed together do not retry
    /// together.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
        let bound = self
            .initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff);
        bound.mul_f64(fastrand::f64())
    }
}

/// Whether an answer with this status may be tried again, given whether the request is safe
/// to repeat.
pub(crate) fn retryable_status(status: StatusCode, safe: bool) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || (safe && status.is_server_error())
}

/// The wait a 429 or 503 answer asks for (`Retry-After`, RFC 9110 section 10.2.3: seconds or
/// an HTTP date).
pub(crate) fn retry_after(status: StatusCode, headers: &HeaderMap) -> Option<Duration> {
    if status != StatusCode::TOO_MANY_REQUESTS && status != StatusCode::SERVICE_UNAVAILABLE {
        return None;
    }
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(
        date.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_under_the_doubling_bound() {
        let policy = RetryPolicy::standard()
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_backoff(Duration::from_millis(350));
        for _ in 0..100 {
            assert!(policy.backoff(1) <= Duration::from_millis(100));
            assert!(policy.backoff(2) <= Duration::from_millis(200));
            assert!(policy.backoff(3) <= Duration::from_millis(350));
            assert!(policy.backoff(40) <= Duration::from_millis(350));
        }
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", "3".parse().unwrap());
        let limited = StatusCode::TOO_MANY_REQUESTS;
        assert_eq!(retry_after(limited, &headers), Some(Duration::from_secs(3)));
        assert_eq!(retry_after(StatusCode::BAD_GATEWAY, &headers), None);
        let later = SystemTime::now() + Duration::from_secs(120);
        headers.insert(
            "retry-after",
            httpdate::fmt_http_date(later).parse().unwrap(),
        );
        let wait = retry_after(StatusCode::SERVICE_UNAVAILABLE, &headers).unwrap();
        assert!(wait > Duration::from_secs(100) && wait <= Duration::from_secs(120));
        headers.insert(
            "retry-after",
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(limited, &headers), Some(Duration::ZERO));
    }

    #[test]
    fn only_safe_requests_retry_server_errors() {
        assert!(retryable_status(StatusCode::TOO_MANY_REQUESTS, false));
        assert!(!retryable_status(StatusCode::INTERNAL_SERVER_ERROR, false));
        assert!(retryable_status(StatusCode::INTERNAL_SERVER_ERROR, true));
        assert!(!retryable_status(StatusCode::NOT_FOUND, true));
    }
}
