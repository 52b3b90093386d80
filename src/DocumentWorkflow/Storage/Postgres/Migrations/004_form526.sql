-- Form 526 post-submission documents: the submission, kind and attachment a document files, and
-- what each submission is expected to file, so one whose documents never completed can be flagged.
-- (003 is taken by another change.)

-- Nullable columns without a default: a catalog change only, no table rewrite.
ALTER TABLE documents
    ADD COLUMN form526_submission_id text NULL,
    ADD COLUMN form526_kind          text NULL,
    ADD COLUMN attachment_id         text NULL;

-- Finds a submission's documents; every other document stays out of the index.
CREATE INDEX ix_documents_form526
    ON documents (form526_submission_id, form526_kind, attachment_id) WHERE form526_submission_id IS NOT NULL;

CREATE TABLE form526_submissions (
    submission_id  text        PRIMARY KEY,
    claim_id       text        NOT NULL,
    participant_id text        NOT NULL,
    submitted_at   timestamptz NOT NULL,
    declared_at    timestamptz NOT NULL
);
CREATE INDEX ix_form526_submissions_submitted ON form526_submissions (submitted_at, submission_id);

-- position keeps the declared order; attachment_id is set only for veteran uploads.
CREATE TABLE form526_expected_documents (
    submission_id text    NOT NULL REFERENCES form526_submissions (submission_id),
    position      integer NOT NULL,
    kind          text    NOT NULL CHECK (kind IN ('bdd_instructions', 'form_0781', 'form_0781a', 'veteran_upload')),
    attachment_id text    NULL,
    PRIMARY KEY (submission_id, position)
);
