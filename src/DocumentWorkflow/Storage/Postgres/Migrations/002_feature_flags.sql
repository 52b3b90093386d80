-- Runtime feature flag overrides set by operators, and every change with who and when.
CREATE TABLE feature_flags (
    name       text        PRIMARY KEY,
    enabled    boolean     NOT NULL,
    users      text[]      NOT NULL,
    percentage integer     NOT NULL CHECK (percentage BETWEEN 0 AND 100),
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL
);

CREATE TABLE feature_flag_changes (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    enabled    boolean     NOT NULL,
    users      text[]      NOT NULL,
    percentage integer     NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL
);
CREATE INDEX ix_feature_flag_changes_changed ON feature_flag_changes (changed_at);
