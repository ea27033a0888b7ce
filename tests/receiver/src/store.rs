//! The receiver's SQLite store: one row per request, keyed by its idempotency key, so a
//! request delivered twice (a retry after a lost response) is stored once.

use rusqlite::{params, Connection, OptionalExtension};

/// A stored request as answered to the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// The receiver's own case reference (the "backend reference" of a receipt).
    pub case_reference: String,
    /// Whether this delivery repeated an earlier one.
    pub duplicate: bool,
    /// The request's JSON text as first stored, to refuse a key reused for another request.
    pub payload: String,
    /// When it was first received (RFC 3339, UTC): what a signed receipt says.
    pub received_at: String,
    /// Its seal's digest.
    pub seal_digest: Option<String>,
}

/// What was stored and what arrived, for the tests' figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Rows in the requests table.
    pub stored: i64,
    /// Distinct payload ids among them (equal to `stored` when nothing is stored twice).
    pub distinct_ids: i64,
    /// Deliveries that repeated a stored request and were answered from the store.
    pub duplicates: i64,
    /// Deliveries that met an injected fault.
    pub faults: i64,
    /// Every POST of a request.
    pub attempts: i64,
}

pub struct Store {
    db: Connection,
}

impl Store {
    pub fn open(path: &str) -> rusqlite::Result<Store> {
        let db = Connection::open(path)?;
        db.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE IF NOT EXISTS requests (
                 idempotency_key TEXT PRIMARY KEY,
                 payload_id TEXT NOT NULL,
                 case_reference TEXT NOT NULL,
                 received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                 encoding TEXT NOT NULL,
                 kind TEXT NOT NULL,
                 seal_digest TEXT,
                 payload TEXT NOT NULL,
                 pdf BLOB
             );
             CREATE TABLE IF NOT EXISTS events (kind TEXT NOT NULL);",
        )?;
        Ok(Store { db })
    }

    /// Counts an event: `attempt`, `duplicate` or `fault`.
    pub fn count(&self, kind: &str) -> rusqlite::Result<()> {
        self.db
            .execute("INSERT INTO events (kind) VALUES (?1)", params![kind])?;
        Ok(())
    }

    /// The stored request of a key, if any.
    pub fn find(&self, key: &str) -> rusqlite::Result<Option<Stored>> {
        self.db
            .query_row(
                "SELECT case_reference, payload, received_at, seal_digest FROM requests
                 WHERE idempotency_key = ?1",
                params![key],
                |row| {
                    Ok(Stored {
                        case_reference: row.get(0)?,
                        duplicate: true,
                        payload: row.get(1)?,
                        received_at: row.get(2)?,
                        seal_digest: row.get(3)?,
                    })
                },
            )
            .optional()
    }

    /// Stores a request once: a second delivery with the same key gets the first's answer.
    #[allow(clippy::too_many_arguments)]
    pub fn store(
        &self,
        key: &str,
        payload_id: &str,
        encoding: &str,
        kind: &str,
        seal_digest: Option<&str>,
        payload: &str,
        pdf: Option<&[u8]>,
    ) -> rusqlite::Result<Stored> {
        if let Some(found) = self.find(key)? {
            self.count("duplicate")?;
            return Ok(found);
        }
        let next: i64 = self
            .db
            .query_row("SELECT COUNT(*) + 1 FROM requests", [], |r| r.get(0))?;
        let case_reference = format!("KIRJ-{next:06}");
        self.db.execute(
            "INSERT INTO requests (idempotency_key, payload_id, case_reference, encoding, kind, seal_digest, payload, pdf)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![key, payload_id, case_reference, encoding, kind, seal_digest, payload, pdf],
        )?;
        let stored = self
            .find(key)?
            .filter(|s| s.case_reference == case_reference);
        stored
            .map(|s| Stored {
                duplicate: false,
                ..s
            })
            .ok_or(rusqlite::Error::QueryReturnedNoRows)
    }

    pub fn stats(&self) -> rusqlite::Result<Stats> {
        let one = |sql: &str| self.db.query_row(sql, [], |r| r.get::<_, i64>(0));
        let events = |kind: &str| {
            self.db.query_row(
                "SELECT COUNT(*) FROM events WHERE kind = ?1",
                params![kind],
                |r| r.get::<_, i64>(0),
            )
        };
        Ok(Stats {
            stored: one("SELECT COUNT(*) FROM requests")?,
            distinct_ids: one("SELECT COUNT(DISTINCT payload_id) FROM requests")?,
            duplicates: events("duplicate")?,
            faults: events("fault")?,
            attempts: events("attempt")?,
        })
    }

    /// Empties the store (between test runs).
    pub fn reset(&self) -> rusqlite::Result<()> {
        self.db
            .execute_batch("DELETE FROM requests; DELETE FROM events;")
    }

    /// The encodings of stored requests, by payload id (for tests).
    pub fn encoding_of(&self, payload_id: &str) -> rusqlite::Result<Option<(String, bool)>> {
        self.db
            .query_row(
                "SELECT encoding, pdf IS NOT NULL FROM requests WHERE payload_id = ?1",
                params![payload_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_delivered_twice_is_stored_once() {
        let store = Store::open(":memory:").expect("store");
        let first = store
            .store("k1", "id1", "json", "access", Some("d"), "{}", None)
            .expect("stored");
        let short = |s: &Stored| (s.case_reference.clone(), s.duplicate, s.payload.clone());
        assert_eq!(short(&first), ("KIRJ-000001".into(), false, "{}".into()));
        assert_eq!(first.seal_digest.as_deref(), Some("d"));
        assert!(first.received_at.ends_with('Z'), "{}", first.received_at);
        let again = store
            .store("k1", "id1", "json", "access", Some("d"), "{}", None)
            .expect("stored");
        assert_eq!(short(&again), ("KIRJ-000001".into(), true, "{}".into()));
        assert_eq!(again.received_at, first.received_at);
        store
            .store(
                "k2",
                "id2",
                "multipart",
                "erasure",
                None,
                "{}",
                Some(b"%PDF"),
            )
            .expect("stored");
        let stats = store.stats().expect("stats");
        assert_eq!(
            (stats.stored, stats.distinct_ids, stats.duplicates),
            (2, 2, 1)
        );
        assert_eq!(
            store.encoding_of("id2").expect("q"),
            Some(("multipart".into(), true))
        );
        store.reset().expect("reset");
        assert_eq!(store.stats().expect("stats").stored, 0);
    }
}
