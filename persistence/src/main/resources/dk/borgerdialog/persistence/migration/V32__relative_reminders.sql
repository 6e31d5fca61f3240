-- Borgerdialog, schema version 32: a relative's copy of a citizen's reminder, written in the
-- transaction that records the citizen's delivery and delivered after commit, and the log of its
-- attempts. Written once for H2 2.4 and PostgreSQL 17, in the conventions of V1.

-- one copy per reminder and relative, so that a repeated dispatch never plans a second copy;
-- citizen_id is the reminder's citizen, kept for erasure and export
CREATE TABLE borgerdialog.relative_reminder (
  id          UUID                     NOT NULL,
  reminder_id UUID                     NOT NULL,
  relative_id UUID                     NOT NULL,
  citizen_id  UUID                     NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  status      VARCHAR(12)              NOT NULL,
  sent_via    VARCHAR(10),
  finished_at TIMESTAMP WITH TIME ZONE,
  version     BIGINT                   NOT NULL,
  CONSTRAINT relative_reminder_pk PRIMARY KEY (id),
  CONSTRAINT relative_reminder_copy_uq UNIQUE (reminder_id, relative_id),
  CONSTRAINT relative_reminder_reminder_fk FOREIGN KEY (reminder_id)
    REFERENCES borgerdialog.reminder (id),
  CONSTRAINT relative_reminder_relative_fk FOREIGN KEY (relative_id)
    REFERENCES borgerdialog.relative (id),
  CONSTRAINT relative_reminder_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id),
  CONSTRAINT relative_reminder_status_ck
    CHECK (status IN ('PENDING', 'SENT', 'UNDELIVERED', 'WITHDRAWN')),
  CONSTRAINT relative_reminder_sent_via_ck CHECK (sent_via IN ('EMAIL', 'SMS')),
  CONSTRAINT relative_reminder_version_ck CHECK (version >= 0)
);
CREATE INDEX relative_reminder_citizen_ix ON borgerdialog.relative_reminder (citizen_id);

-- append-only; seq orders attempts made at the same instant as they were recorded
CREATE TABLE borgerdialog.relative_reminder_attempt (
  id                   UUID                     NOT NULL,
  seq                  BIGINT GENERATED ALWAYS AS IDENTITY,
  relative_reminder_id UUID                     NOT NULL,
  channel              VARCHAR(10)              NOT NULL,
  idempotency_key      VARCHAR(400)             NOT NULL,
  attempted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome              VARCHAR(10)              NOT NULL,
  provider_id          VARCHAR(400),
  error                VARCHAR(1000),
  CONSTRAINT relative_reminder_attempt_pk PRIMARY KEY (id),
  CONSTRAINT relative_reminder_attempt_seq_uq UNIQUE (seq),
  CONSTRAINT relative_reminder_attempt_copy_fk FOREIGN KEY (relative_reminder_id)
    REFERENCES borgerdialog.relative_reminder (id),
  CONSTRAINT relative_reminder_attempt_channel_ck CHECK (channel IN ('EMAIL', 'SMS')),
  CONSTRAINT relative_reminder_attempt_outcome_ck
    CHECK (outcome IN ('DELIVERED', 'FAILED', 'REFUSED', 'UNKNOWN'))
);
CREATE INDEX relative_reminder_attempt_copy_ix
  ON borgerdialog.relative_reminder_attempt (relative_reminder_id, attempted_at, seq);
