-- Borgerdialog, schema version 30: relatives and their grants, and the audit trail as a hash chain
-- with on-behalf-of, purpose and correlation id.
--
-- Written once for H2 2.4 and PostgreSQL 17, in the conventions of V1.

-- a person with their own identity who may act for citizens; channels lists the channel codes in
-- order (EMAIL, SMS), empty for none
CREATE TABLE borgerdialog.relative (
  id            UUID         NOT NULL,
  ref_system    VARCHAR(128) NOT NULL,
  ref_value     VARCHAR(400) NOT NULL,
  name          VARCHAR(400) NOT NULL,
  language_code VARCHAR(2)   NOT NULL,
  channels      VARCHAR(60)  NOT NULL,
  email         VARCHAR(508),
  phone         VARCHAR(16),
  version       BIGINT       NOT NULL,
  CONSTRAINT relative_pk PRIMARY KEY (id),
  CONSTRAINT relative_ref_uq UNIQUE (ref_system, ref_value),
  CONSTRAINT relative_language_ck CHECK (language_code IN ('DA', 'EN')),
  CONSTRAINT relative_version_ck CHECK (version >= 0)
);

-- scopes lists the scope codes, sorted, separated by commas; a grant is active from granted_at
-- until expires_at or revoked_at, whichever comes first
CREATE TABLE borgerdialog.relative_grant (
  id              UUID                     NOT NULL,
  citizen_id      UUID                     NOT NULL,
  relative_id     UUID                     NOT NULL,
  relation        VARCHAR(120)             NOT NULL,
  scopes          VARCHAR(200)             NOT NULL,
  basis_kind      VARCHAR(20)              NOT NULL,
  basis_reference VARCHAR(400),
  granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  granted_by      VARCHAR(128)             NOT NULL,
  expires_at      TIMESTAMP WITH TIME ZONE,
  revoked_at      TIMESTAMP WITH TIME ZONE,
  revoked_by      VARCHAR(128),
  revoke_reason   VARCHAR(1000),
  version         BIGINT                   NOT NULL,
  CONSTRAINT relative_grant_pk PRIMARY KEY (id),
  CONSTRAINT relative_grant_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id),
  CONSTRAINT relative_grant_relative_fk FOREIGN KEY (relative_id)
    REFERENCES borgerdialog.relative (id),
  CONSTRAINT relative_grant_scopes_ck CHECK (scopes <> ''),
  CONSTRAINT relative_grant_basis_ck CHECK (
    (basis_kind = 'CONSENT' AND basis_reference IS NULL)
    OR (basis_kind IN ('POWER_OF_ATTORNEY', 'GUARDIANSHIP') AND basis_reference IS NOT NULL)),
  CONSTRAINT relative_grant_expiry_ck CHECK (expires_at IS NULL OR expires_at > granted_at),
  CONSTRAINT relative_grant_revoked_ck CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
  CONSTRAINT relative_grant_version_ck CHECK (version >= 0)
);
-- every access check of a relative reads the grants between one relative and one citizen
CREATE INDEX relative_grant_relative_citizen_ix
  ON borgerdialog.relative_grant (relative_id, citizen_id);
CREATE INDEX relative_grant_citizen_ix ON borgerdialog.relative_grant (citizen_id, granted_at);

-- a relative may cancel an appointment for the citizen
ALTER TABLE borgerdialog.appointment DROP CONSTRAINT appointment_cancelled_by_ck;
ALTER TABLE borgerdialog.appointment ADD CONSTRAINT appointment_cancelled_by_ck
  CHECK (cancelled_by IN ('CITIZEN', 'STAFF', 'SYSTEM', 'RELATIVE'));

-- the audit trail learns relatives, on-behalf-of, purpose and correlation id, and becomes a hash
-- chain: content_hash is SHA-256 over the record's content, chain_hash SHA-256 over prev_hash and
-- content_hash, both in lower-case hex. Records appended before this version have no hashes and
-- stand before the chain. erased_at marks a record whose content was stripped by an erasure; its
-- content_hash is kept, so the chain still verifies.
ALTER TABLE borgerdialog.audit_record DROP CONSTRAINT audit_record_actor_kind_ck;
ALTER TABLE borgerdialog.audit_record ADD CONSTRAINT audit_record_actor_kind_ck
  CHECK (actor_kind IN ('CITIZEN', 'STAFF', 'SYSTEM', 'RELATIVE'));
ALTER TABLE borgerdialog.audit_record ADD COLUMN on_behalf_of UUID;
ALTER TABLE borgerdialog.audit_record ADD COLUMN purpose VARCHAR(20);
ALTER TABLE borgerdialog.audit_record ADD COLUMN correlation_id VARCHAR(256);
ALTER TABLE borgerdialog.audit_record ADD COLUMN prev_hash CHAR(64);
ALTER TABLE borgerdialog.audit_record ADD COLUMN content_hash CHAR(64);
ALTER TABLE borgerdialog.audit_record ADD COLUMN chain_hash CHAR(64);
ALTER TABLE borgerdialog.audit_record ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
-- the citizen's access log: one citizen's allowed records, newest first
CREATE INDEX audit_record_citizen_seq_ix ON borgerdialog.audit_record (citizen_id, seq);

-- the head of the chain: one row, locked FOR UPDATE by every append, so that concurrent appends
-- form one chain; record_count and last_hash let verify detect a deleted last record
CREATE TABLE borgerdialog.audit_chain_head (
  id           INTEGER  NOT NULL,
  last_hash    CHAR(64) NOT NULL,
  record_count BIGINT   NOT NULL,
  CONSTRAINT audit_chain_head_pk PRIMARY KEY (id),
  CONSTRAINT audit_chain_head_one_ck CHECK (id = 1)
);
INSERT INTO borgerdialog.audit_chain_head (id, last_hash, record_count)
  VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000', 0);
