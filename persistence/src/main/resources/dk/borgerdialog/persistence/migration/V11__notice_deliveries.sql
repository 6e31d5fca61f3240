-- Borgerdialog, schema version 11: the delivery of notices ("You have a new message") on the
-- citizen's e-mail and SMS, written in the transaction that notified and carried out after commit,
-- and the log of its attempts. Written once for H2 2.4 and PostgreSQL 17, in the conventions of V1.

-- one delivery per citizen, notice kind and key, so that a repeated notice is never sent twice
CREATE TABLE borgerdialog.notice_delivery (
  id          UUID                     NOT NULL,
  citizen_id  UUID                     NOT NULL,
  notice_kind VARCHAR(40)              NOT NULL,
  notice_key  VARCHAR(300)             NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  status      VARCHAR(12)              NOT NULL,
  sent_via    VARCHAR(10),
  finished_at TIMESTAMP WITH TIME ZONE,
  version     BIGINT                   NOT NULL,
  CONSTRAINT notice_delivery_pk PRIMARY KEY (id),
  CONSTRAINT notice_delivery_notice_uq UNIQUE (citizen_id, notice_kind, notice_key),
  CONSTRAINT notice_delivery_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id),
  CONSTRAINT notice_delivery_status_ck CHECK (status IN ('PENDING', 'SENT', 'UNDELIVERED')),
  CONSTRAINT notice_delivery_sent_via_ck CHECK (sent_via IN ('IN_APP', 'EMAIL', 'SMS', 'WEBHOOK')),
  CONSTRAINT notice_delivery_version_ck CHECK (version >= 0)
);

-- append-only; seq orders attempts made at the same instant as they were recorded
CREATE TABLE borgerdialog.notice_attempt (
  id                 UUID                     NOT NULL,
  seq                BIGINT GENERATED ALWAYS AS IDENTITY,
  notice_delivery_id UUID                     NOT NULL,
  channel            VARCHAR(10)              NOT NULL,
  idempotency_key    VARCHAR(400)             NOT NULL,
  attempted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome            VARCHAR(10)              NOT NULL,
  provider_id        VARCHAR(400),
  error              VARCHAR(1000),
  CONSTRAINT notice_attempt_pk PRIMARY KEY (id),
  CONSTRAINT notice_attempt_seq_uq UNIQUE (seq),
  CONSTRAINT notice_attempt_delivery_fk FOREIGN KEY (notice_delivery_id)
    REFERENCES borgerdialog.notice_delivery (id),
  CONSTRAINT notice_attempt_channel_ck CHECK (channel IN ('IN_APP', 'EMAIL', 'SMS', 'WEBHOOK')),
  CONSTRAINT notice_attempt_outcome_ck
    CHECK (outcome IN ('DELIVERED', 'FAILED', 'REFUSED', 'UNKNOWN'))
);
CREATE INDEX notice_attempt_delivery_ix
  ON borgerdialog.notice_attempt (notice_delivery_id, attempted_at, seq);
