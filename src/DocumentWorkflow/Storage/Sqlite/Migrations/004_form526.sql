-- Form 526 post-submission documents: the submission, kind and attachment a document files, and
-- what each submission is expected to file, so one whose documents never completed can be flagged.
-- (003 is taken by another change.) Times are Unix epoch milliseconds (UTC).
ALTER TABLE documents ADD COLUMN form526_submission_id TEXT NULL;
ALTER TABLE documents ADD COLUMN form526_kind TEXT NULL;
ALTER TABLE documents ADD COLUMN attachment_id TEXT NULL;

-- Finds a submission's documents; every other document stays out of the index.
CREATE INDEX ix_documents_form526
    ON documents (form526_submission_id, form526_kind, attachment_id) WHERE form526_submission_id IS NOT NULL;

CREATE TABLE form526_submissions (
    submission_id  TEXT    PRIMARY KEY,
    claim_id       TEXT    NOT NULL,
    participant_id TEXT    NOT NULL,
    submitted_at   INTEGER NOT NULL,
    declared_at    INTEGER NOT NULL
);
CREATE INDEX ix_form526_submissions_submitted ON form526_submissions (submitted_at, submission_id);

-- position keeps the declared order; attachment_id is set only for veteran uploads.
CREATE TABLE form526_expected_documents (
    submission_id TEXT    NOT NULL REFERENCES form526_submissions (submission_id),
    position      INTEGER NOT NULL,
    kind          TEXT    NOT NULL,
    attachment_id TEXT    NULL,
    PRIMARY KEY (submission_id, position)
);
