-- Borgerdialog, schema version 31: erased message threads, and the audit chain's anchor for
-- retention purges. Written once for H2 2.4 and PostgreSQL 17, in the conventions of V1.

-- an erased thread keeps its row for the staff side's statistics (opened, first response, last
-- message), but none of its content: its messages and attachments are deleted, its subject is
-- replaced, and erased_at says when
ALTER TABLE borgerdialog.message_thread ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

-- the anchor of the audit chain: the chain hash of the last record a retention purge deleted
-- (all zeros while none was), the seq of that record, and how many chained records were purged.
-- Verification starts from the anchor instead of the chain's genesis.
ALTER TABLE borgerdialog.audit_chain_head
  ADD COLUMN anchor_hash CHAR(64) DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL;
ALTER TABLE borgerdialog.audit_chain_head ADD COLUMN anchor_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE borgerdialog.audit_chain_head ADD COLUMN purged_count BIGINT DEFAULT 0 NOT NULL;

-- the purges find what is due by these instants
CREATE INDEX in_app_notification_created_ix ON borgerdialog.in_app_notification (created_at);
CREATE INDEX notice_delivery_created_ix ON borgerdialog.notice_delivery (created_at);
CREATE INDEX message_thread_last_message_ix ON borgerdialog.message_thread (last_message_at);
CREATE INDEX course_state_closed_ix ON borgerdialog.course (state, closed_at);
CREATE INDEX calendar_feed_revoked_ix ON borgerdialog.calendar_feed (revoked_at);
CREATE INDEX signup_occurrence_ix ON borgerdialog.signup (occurrence_at);
