-- Operators answering alerts. An acknowledgement belongs to one firing (alert id): a resolved-then-refired
-- alert is a new row in alerts and is not acknowledged. Times are Unix epoch milliseconds (UTC).
CREATE TABLE alert_acknowledgements (
    alert_id        TEXT    PRIMARY KEY REFERENCES alerts (id) ON DELETE CASCADE,
    acknowledged_by TEXT    NOT NULL,
    acknowledged_at INTEGER NOT NULL
);

-- A silence mutes the webhook for a monitor and one subject, or every subject when subject is NULL,
-- from created_at until silenced_until, or until an operator ends it early (ended_at).
CREATE TABLE alert_silences (
    id             TEXT    PRIMARY KEY,
    monitor        TEXT    NOT NULL,
    subject        TEXT    NULL,
    reason         TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    silenced_until INTEGER NOT NULL,
    ended_by       TEXT    NULL,
    ended_at       INTEGER NULL
);

-- Every evaluation reads the silences still running; ended ones stay only for the record.
CREATE INDEX ix_alert_silences_running ON alert_silences (silenced_until) WHERE ended_at IS NULL;
