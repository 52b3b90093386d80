-- Operators answering alerts. An acknowledgement belongs to one firing (alert id): a resolved-then-refired
-- alert is a new row in alerts and is not acknowledged.
CREATE TABLE alert_acknowledgements (
    alert_id        uuid        PRIMARY KEY REFERENCES alerts (id) ON DELETE CASCADE,
    acknowledged_by text        NOT NULL,
    acknowledged_at timestamptz NOT NULL
);

-- A silence mutes the webhook for a monitor and one subject, or every subject when subject is NULL,
-- from created_at until silenced_until, or until an operator ends it early (ended_at).
CREATE TABLE alert_silences (
    id             uuid        PRIMARY KEY,
    monitor        text        NOT NULL,
    subject        text        NULL,
    reason         text        NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    silenced_until timestamptz NOT NULL,
    ended_by       text        NULL,
    ended_at       timestamptz NULL
);

-- Every evaluation reads the silences still running; ended ones stay only for the record.
CREATE INDEX ix_alert_silences_running ON alert_silences (silenced_until) WHERE ended_at IS NULL;
