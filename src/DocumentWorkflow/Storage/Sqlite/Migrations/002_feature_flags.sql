-- Runtime feature flag overrides set by operators, and every change with who and when.
CREATE TABLE feature_flags (
    name       TEXT    PRIMARY KEY,
    enabled    INTEGER NOT NULL,
    users      TEXT    NOT NULL,
    percentage INTEGER NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT    NOT NULL
);

CREATE TABLE feature_flag_changes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL,
    enabled    INTEGER NOT NULL,
    users      TEXT    NOT NULL,
    percentage INTEGER NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT    NOT NULL
);
CREATE INDEX ix_feature_flag_changes_changed ON feature_flag_changes (changed_at);
