-- Borgerdialog, schema version 2: reminder policies, contact preferences, reminders, their
-- delivery log, in-app notifications, and db-scheduler's table.
--
-- Written once for H2 2.4 and PostgreSQL 17, in the conventions of V1. The one exception is
-- db-scheduler's table at the end, which keeps db-scheduler's own PostgreSQL types.

-- a unit's policy; offsets_seconds lists at most five offsets as decimal seconds, longest first,
-- separated by commas (for example '86400,7200'); the policy is always read and written whole
CREATE TABLE borgerdialog.reminder_policy (
  unit_id         UUID        NOT NULL,
  offsets_seconds VARCHAR(60) NOT NULL,
  critical        BOOLEAN     NOT NULL,
  CONSTRAINT reminder_policy_pk PRIMARY KEY (unit_id),
  CONSTRAINT reminder_policy_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id)
);

-- channels lists the channel codes in the citizen's order of preference, opted_out those the
-- citizen never wants reminders on (empty for none), both separated by commas; quiet hours are
-- local times in the citizen's zone, whole seconds
CREATE TABLE borgerdialog.contact_preferences (
  citizen_id UUID         NOT NULL,
  channels   VARCHAR(60)  NOT NULL,
  email      VARCHAR(508),
  phone      VARCHAR(16),
  quiet_from TIME(0)      NOT NULL,
  quiet_to   TIME(0)      NOT NULL,
  opted_out  VARCHAR(60)  NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT contact_preferences_pk PRIMARY KEY (citizen_id),
  CONSTRAINT contact_preferences_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id),
  CONSTRAINT contact_preferences_channels_ck CHECK (channels <> ''),
  CONSTRAINT contact_preferences_quiet_ck CHECK (quiet_from <> quiet_to),
  CONSTRAINT contact_preferences_version_ck CHECK (version >= 0)
);

-- citizen_id and unit_id are the appointment's, copied so that the dispatcher reads one row
CREATE TABLE borgerdialog.reminder (
  id                UUID                     NOT NULL,
  appointment_id    UUID                     NOT NULL,
  citizen_id        UUID                     NOT NULL,
  unit_id           UUID                     NOT NULL,
  offset_seconds    BIGINT                   NOT NULL,
  due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  appointment_start TIMESTAMP WITH TIME ZONE NOT NULL,
  status            VARCHAR(12)              NOT NULL,
  sent_via          VARCHAR(10),
  sent_at           TIMESTAMP WITH TIME ZONE,
  version           BIGINT                   NOT NULL,
  CONSTRAINT reminder_pk PRIMARY KEY (id),
  CONSTRAINT reminder_appointment_fk FOREIGN KEY (appointment_id)
    REFERENCES borgerdialog.appointment (id),
  CONSTRAINT reminder_offset_ck CHECK (offset_seconds > 0),
  CONSTRAINT reminder_due_ck CHECK (due_at < appointment_start),
  CONSTRAINT reminder_status_ck CHECK (status IN ('PENDING', 'SENT', 'WITHDRAWN', 'UNDELIVERED')),
  CONSTRAINT reminder_sent_via_ck CHECK (sent_via IN ('IN_APP', 'EMAIL', 'SMS', 'WEBHOOK')),
  CONSTRAINT reminder_sent_ck CHECK (
    (status = 'SENT' AND sent_via IS NOT NULL AND sent_at IS NOT NULL)
    OR (status <> 'SENT' AND sent_via IS NULL AND sent_at IS NULL)),
  CONSTRAINT reminder_version_ck CHECK (version >= 0)
);
-- the reminders of an appointment, earliest first
CREATE INDEX reminder_appointment_due_ix ON borgerdialog.reminder (appointment_id, due_at);
-- the reminders in a status that are due by a time
CREATE INDEX reminder_status_due_ix ON borgerdialog.reminder (status, due_at);
-- staff's list of a unit's undelivered reminders
CREATE INDEX reminder_unit_status_start_ix
  ON borgerdialog.reminder (unit_id, status, appointment_start);

-- append-only; seq orders attempts made at the same instant as they were recorded
CREATE TABLE borgerdialog.delivery_attempt (
  id              UUID                     NOT NULL,
  seq             BIGINT GENERATED ALWAYS AS IDENTITY,
  reminder_id     UUID                     NOT NULL,
  channel         VARCHAR(10)              NOT NULL,
  idempotency_key VARCHAR(400)             NOT NULL,
  attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome         VARCHAR(10)              NOT NULL,
  provider_id     VARCHAR(400),
  error           VARCHAR(1000),
  CONSTRAINT delivery_attempt_pk PRIMARY KEY (id),
  CONSTRAINT delivery_attempt_seq_uq UNIQUE (seq),
  CONSTRAINT delivery_attempt_reminder_fk FOREIGN KEY (reminder_id)
    REFERENCES borgerdialog.reminder (id),
  CONSTRAINT delivery_attempt_channel_ck CHECK (channel IN ('IN_APP', 'EMAIL', 'SMS', 'WEBHOOK')),
  CONSTRAINT delivery_attempt_outcome_ck CHECK (outcome IN ('DELIVERED', 'FAILED', 'REFUSED', 'UNKNOWN'))
);
CREATE INDEX delivery_attempt_reminder_ix
  ON borgerdialog.delivery_attempt (reminder_id, attempted_at, seq);

-- idempotency_key is unique across citizens: a repeated delivery of a message is dropped
CREATE TABLE borgerdialog.in_app_notification (
  id              UUID                     NOT NULL,
  citizen_id      UUID                     NOT NULL,
  idempotency_key VARCHAR(400)             NOT NULL,
  subject         VARCHAR(400)             NOT NULL,
  body            VARCHAR(4000)            NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT in_app_notification_pk PRIMARY KEY (id),
  CONSTRAINT in_app_notification_key_uq UNIQUE (idempotency_key),
  CONSTRAINT in_app_notification_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id)
);
-- a citizen's notifications, newest first
CREATE INDEX in_app_notification_citizen_created_ix
  ON borgerdialog.in_app_notification (citizen_id, created_at);
-- a citizen's unread count: a range of this index with read_at IS NULL, no table rows read
CREATE INDEX in_app_notification_citizen_read_ix
  ON borgerdialog.in_app_notification (citizen_id, read_at);

-- db-scheduler's table (version 16.7.1), as db-scheduler creates it on PostgreSQL, for the
-- scheduling module's cluster-safe tasks; only db-scheduler reads and writes it, in SQL of its
-- own. TEXT and BYTEA are PostgreSQL's names, and H2 2.x accepts both in its default mode, as
-- CHARACTER VARYING and BINARY VARYING; db-scheduler binds task_data with setObject(byte[]) and
-- reads it with getBytes, which both databases serve alike, so the table needs no vendor script.
-- Point db-scheduler at it with tableName("borgerdialog.scheduled_tasks").
CREATE TABLE borgerdialog.scheduled_tasks (
  task_name            TEXT                     NOT NULL,
  task_instance        TEXT                     NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN                  NOT NULL,
  picked_by            TEXT,
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT                   NOT NULL,
  priority             SMALLINT,
  CONSTRAINT scheduled_tasks_pk PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_ix
  ON borgerdialog.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_ix
  ON borgerdialog.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_ix
  ON borgerdialog.scheduled_tasks (priority DESC, execution_time ASC);
