-- Calendar feeds: a citizen's feed is reached by a random token; only its SHA-256 hash is kept.
CREATE TABLE borgerdialog.calendar_feed (
  token_hash CHAR(64)                 NOT NULL,
  citizen_id UUID                     NOT NULL,
  issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT calendar_feed_pk PRIMARY KEY (token_hash),
  CONSTRAINT calendar_feed_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id)
);
CREATE INDEX calendar_feed_citizen_ix ON borgerdialog.calendar_feed (citizen_id);
