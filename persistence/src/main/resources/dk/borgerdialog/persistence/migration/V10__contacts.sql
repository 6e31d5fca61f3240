-- Borgerdialog, schema version 10: Mine kontakter. The care team of a course, message threads
-- between a citizen and a staff member or a unit inbox, their messages and attachments, auto-replies,
-- and each unit's expected reply time.
--
-- Written once for H2 2.4 and PostgreSQL 17, in the conventions of V1.

-- a member is a staff member (staff_member_id set) or the unit itself (staff_member_id null, the
-- unit inbox); citizen_id and unit_id are the course's, copied so that "my contacts" reads one table
CREATE TABLE borgerdialog.care_team_member (
  id                     UUID                     NOT NULL,
  course_id              UUID                     NOT NULL,
  citizen_id             UUID                     NOT NULL,
  unit_id                UUID                     NOT NULL,
  staff_member_id        UUID,
  role                   VARCHAR(40)              NOT NULL,
  display_name           VARCHAR(400)             NOT NULL,
  title                  VARCHAR(400),
  phone                  VARCHAR(16),
  phone_hours            VARCHAR(400),
  expected_reply_seconds BIGINT                   NOT NULL,
  active_from            TIMESTAMP WITH TIME ZONE NOT NULL,
  active_until           TIMESTAMP WITH TIME ZONE,
  version                BIGINT                   NOT NULL,
  CONSTRAINT care_team_member_pk PRIMARY KEY (id),
  CONSTRAINT care_team_member_course_fk FOREIGN KEY (course_id)
    REFERENCES borgerdialog.course (id),
  CONSTRAINT care_team_member_staff_fk FOREIGN KEY (staff_member_id)
    REFERENCES borgerdialog.staff_member (id),
  CONSTRAINT care_team_member_reply_ck CHECK (expected_reply_seconds > 0),
  CONSTRAINT care_team_member_period_ck CHECK (active_until IS NULL OR active_from <= active_until),
  CONSTRAINT care_team_member_version_ck CHECK (version >= 0)
);
CREATE INDEX care_team_member_course_ix ON borgerdialog.care_team_member (course_id, active_from);
CREATE INDEX care_team_member_citizen_ix
  ON borgerdialog.care_team_member (citizen_id, active_from);

-- a unit's expected reply time; a unit without a row expects a reply within two days
CREATE TABLE borgerdialog.unit_reply_time (
  unit_id                UUID   NOT NULL,
  expected_reply_seconds BIGINT NOT NULL,
  CONSTRAINT unit_reply_time_pk PRIMARY KEY (unit_id),
  CONSTRAINT unit_reply_time_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id),
  CONSTRAINT unit_reply_time_ck CHECK (expected_reply_seconds > 0)
);

-- a thread addressed to a staff member (addressee_id set) or to a unit inbox (addressee_id null);
-- seq orders threads for cursor paging, newest first. citizen_unread and staff_unread count the
-- messages the citizen and the staff side have not read: the unread counts sum these counters
-- over the rows of one index range, and never count messages.
CREATE TABLE borgerdialog.message_thread (
  id                    UUID                     NOT NULL,
  seq                   BIGINT GENERATED ALWAYS AS IDENTITY,
  citizen_id            UUID                     NOT NULL,
  unit_id               UUID                     NOT NULL,
  addressee_id          UUID,
  assignee_id           UUID,
  course_id             UUID,
  appointment_id        UUID,
  subject               VARCHAR(400)             NOT NULL,
  status                VARCHAR(20)              NOT NULL,
  started_by            VARCHAR(10)              NOT NULL,
  opened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  first_response_at     TIMESTAMP WITH TIME ZONE,
  oldest_unanswered_at  TIMESTAMP WITH TIME ZONE,
  last_message_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  citizen_unread        INT                      NOT NULL,
  staff_unread          INT                      NOT NULL,
  version               BIGINT                   NOT NULL,
  CONSTRAINT message_thread_pk PRIMARY KEY (id),
  CONSTRAINT message_thread_seq_uq UNIQUE (seq),
  CONSTRAINT message_thread_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id),
  CONSTRAINT message_thread_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id),
  CONSTRAINT message_thread_addressee_fk FOREIGN KEY (addressee_id)
    REFERENCES borgerdialog.staff_member (id),
  CONSTRAINT message_thread_assignee_fk FOREIGN KEY (assignee_id)
    REFERENCES borgerdialog.staff_member (id),
  CONSTRAINT message_thread_course_fk FOREIGN KEY (course_id)
    REFERENCES borgerdialog.course (id),
  CONSTRAINT message_thread_appointment_fk FOREIGN KEY (appointment_id)
    REFERENCES borgerdialog.appointment (id),
  CONSTRAINT message_thread_status_ck
    CHECK (status IN ('OPEN', 'WAITING_FOR_CITIZEN', 'CLOSED')),
  CONSTRAINT message_thread_started_by_ck CHECK (started_by IN ('CITIZEN', 'STAFF')),
  CONSTRAINT message_thread_unread_ck CHECK (citizen_unread >= 0 AND staff_unread >= 0),
  CONSTRAINT message_thread_version_ck CHECK (version >= 0)
);
-- a citizen's threads newest first, and the citizen's unread count
CREATE INDEX message_thread_citizen_ix ON borgerdialog.message_thread (citizen_id, seq);
-- a staff member's threads and unread count
CREATE INDEX message_thread_addressee_ix ON borgerdialog.message_thread (addressee_id, seq);
CREATE INDEX message_thread_assignee_ix ON borgerdialog.message_thread (assignee_id, seq);
-- a unit inbox (addressee_id null) by status, its unread count, and response-time insights
CREATE INDEX message_thread_unit_ix
  ON borgerdialog.message_thread (unit_id, addressee_id, status, seq);
CREATE INDEX message_thread_unit_opened_ix
  ON borgerdialog.message_thread (unit_id, opened_at);
CREATE INDEX message_thread_unit_unanswered_ix
  ON borgerdialog.message_thread (unit_id, oldest_unanswered_at);

-- append-only but for withdrawal, which clears the body; author_kind and author_id name the actor
-- who wrote (a citizen, a staff member, or the system for an auto-reply), side the party it speaks
-- for, so that "written by a relative for the citizen" needs only a new author kind
CREATE TABLE borgerdialog.message (
  id           UUID                     NOT NULL,
  seq          BIGINT GENERATED ALWAYS AS IDENTITY,
  thread_id    UUID                     NOT NULL,
  side         VARCHAR(10)              NOT NULL,
  author_kind  VARCHAR(10)              NOT NULL,
  author_id    VARCHAR(128)             NOT NULL,
  auto_reply   BOOLEAN                  NOT NULL,
  body         VARCHAR(10000),
  sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  withdrawn_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT message_pk PRIMARY KEY (id),
  CONSTRAINT message_seq_uq UNIQUE (seq),
  CONSTRAINT message_thread_fk FOREIGN KEY (thread_id)
    REFERENCES borgerdialog.message_thread (id),
  CONSTRAINT message_side_ck CHECK (side IN ('CITIZEN', 'STAFF')),
  CONSTRAINT message_author_kind_ck CHECK (author_kind IN ('CITIZEN', 'STAFF', 'SYSTEM')),
  CONSTRAINT message_withdrawn_ck CHECK (
    (withdrawn_at IS NULL AND body IS NOT NULL) OR (withdrawn_at IS NOT NULL AND body IS NULL))
);
-- a thread's messages newest first, by cursor
CREATE INDEX message_thread_seq_ix ON borgerdialog.message (thread_id, seq);

CREATE TABLE borgerdialog.message_attachment (
  id           UUID          NOT NULL,
  message_id   UUID          NOT NULL,
  file_name    VARCHAR(400)  NOT NULL,
  content_type VARCHAR(100)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  content      BYTEA         NOT NULL,
  CONSTRAINT message_attachment_pk PRIMARY KEY (id),
  CONSTRAINT message_attachment_message_fk FOREIGN KEY (message_id)
    REFERENCES borgerdialog.message (id),
  CONSTRAINT message_attachment_size_ck CHECK (size_bytes > 0 AND size_bytes <= 10485760)
);
CREATE INDEX message_attachment_message_ix ON borgerdialog.message_attachment (message_id);

-- a staff member's auto-reply while away, naming a substitute
CREATE TABLE borgerdialog.auto_reply (
  staff_member_id UUID                     NOT NULL,
  text            VARCHAR(2000)            NOT NULL,
  substitute_id   UUID,
  until_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT auto_reply_pk PRIMARY KEY (staff_member_id),
  CONSTRAINT auto_reply_staff_fk FOREIGN KEY (staff_member_id)
    REFERENCES borgerdialog.staff_member (id),
  CONSTRAINT auto_reply_substitute_fk FOREIGN KEY (substitute_id)
    REFERENCES borgerdialog.staff_member (id)
);
