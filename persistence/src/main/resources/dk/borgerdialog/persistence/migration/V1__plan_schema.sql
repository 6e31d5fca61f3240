-- Borgerdialog, schema version 1: organisation, citizens, Min planlægning, outbox and audit.
--
-- Written once for H2 2.4 and PostgreSQL 17: no vendor types, no partial indexes, no reserved
-- words as column names. Enums are VARCHAR with CHECK constraints, instants are TIMESTAMP WITH
-- TIME ZONE written in UTC, optimistic versions are BIGINT. Free-text columns are twice the
-- domain's limit in code points, because H2 counts UTF-16 units where PostgreSQL counts characters.

CREATE TABLE borgerdialog.municipality (
  id   UUID         NOT NULL,
  name VARCHAR(400) NOT NULL,
  CONSTRAINT municipality_pk PRIMARY KEY (id)
);

CREATE TABLE borgerdialog.centre (
  id              UUID         NOT NULL,
  municipality_id UUID         NOT NULL,
  name            VARCHAR(400) NOT NULL,
  CONSTRAINT centre_pk PRIMARY KEY (id),
  CONSTRAINT centre_municipality_fk FOREIGN KEY (municipality_id)
    REFERENCES borgerdialog.municipality (id)
);
CREATE INDEX centre_municipality_ix ON borgerdialog.centre (municipality_id);

CREATE TABLE borgerdialog.unit (
  id                  UUID         NOT NULL,
  centre_id           UUID         NOT NULL,
  municipality_id     UUID         NOT NULL,
  name                VARCHAR(400) NOT NULL,
  public_name         VARCHAR(400) NOT NULL,
  deadline_seconds    BIGINT       NOT NULL,
  citizens_may_cancel BOOLEAN      NOT NULL,
  citizens_may_move   BOOLEAN      NOT NULL,
  version             BIGINT       NOT NULL,
  CONSTRAINT unit_pk PRIMARY KEY (id),
  CONSTRAINT unit_centre_fk FOREIGN KEY (centre_id) REFERENCES borgerdialog.centre (id),
  CONSTRAINT unit_municipality_fk FOREIGN KEY (municipality_id)
    REFERENCES borgerdialog.municipality (id),
  CONSTRAINT unit_deadline_ck CHECK (deadline_seconds BETWEEN 0 AND 2592000),
  CONSTRAINT unit_version_ck CHECK (version >= 0)
);
CREATE INDEX unit_municipality_name_ix ON borgerdialog.unit (municipality_id, name);
CREATE INDEX unit_centre_ix ON borgerdialog.unit (centre_id);

CREATE TABLE borgerdialog.staff_member (
  id              UUID         NOT NULL,
  municipality_id UUID         NOT NULL,
  ref_system      VARCHAR(128),
  ref_value       VARCHAR(400),
  name            VARCHAR(400) NOT NULL,
  title           VARCHAR(400),
  version         BIGINT       NOT NULL,
  CONSTRAINT staff_member_pk PRIMARY KEY (id),
  CONSTRAINT staff_member_municipality_fk FOREIGN KEY (municipality_id)
    REFERENCES borgerdialog.municipality (id),
  CONSTRAINT staff_member_ref_uq UNIQUE (municipality_id, ref_system, ref_value),
  CONSTRAINT staff_member_ref_ck CHECK ((ref_system IS NULL AND ref_value IS NULL)
    OR (ref_system IS NOT NULL AND ref_value IS NOT NULL)),
  CONSTRAINT staff_member_version_ck CHECK (version >= 0)
);

CREATE TABLE borgerdialog.staff_unit_role (
  staff_member_id UUID        NOT NULL,
  unit_id         UUID        NOT NULL,
  role_code       VARCHAR(40) NOT NULL,
  position_no     INTEGER     NOT NULL,
  CONSTRAINT staff_unit_role_pk PRIMARY KEY (staff_member_id, unit_id, role_code),
  CONSTRAINT staff_unit_role_staff_member_fk FOREIGN KEY (staff_member_id)
    REFERENCES borgerdialog.staff_member (id) ON DELETE CASCADE,
  CONSTRAINT staff_unit_role_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id)
);
CREATE INDEX staff_unit_role_unit_ix ON borgerdialog.staff_unit_role (unit_id);

CREATE TABLE borgerdialog.citizen (
  id              UUID         NOT NULL,
  municipality_id UUID         NOT NULL,
  ref_system      VARCHAR(128) NOT NULL,
  ref_value       VARCHAR(400) NOT NULL,
  cpr             CHAR(10),
  name            VARCHAR(400) NOT NULL,
  language_code   VARCHAR(2)   NOT NULL,
  zone_id         VARCHAR(64)  NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT citizen_pk PRIMARY KEY (id),
  CONSTRAINT citizen_municipality_fk FOREIGN KEY (municipality_id)
    REFERENCES borgerdialog.municipality (id),
  CONSTRAINT citizen_ref_uq UNIQUE (municipality_id, ref_system, ref_value),
  -- NULLs are distinct in a unique constraint on both databases: many citizens without a CPR
  CONSTRAINT citizen_cpr_uq UNIQUE (municipality_id, cpr),
  CONSTRAINT citizen_language_ck CHECK (language_code IN ('DA', 'EN')),
  CONSTRAINT citizen_version_ck CHECK (version >= 0)
);

CREATE TABLE borgerdialog.course_template (
  id              UUID          NOT NULL,
  municipality_id UUID          NOT NULL,
  name            VARCHAR(400)  NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  description     VARCHAR(4000),
  CONSTRAINT course_template_pk PRIMARY KEY (id),
  CONSTRAINT course_template_municipality_fk FOREIGN KEY (municipality_id)
    REFERENCES borgerdialog.municipality (id),
  CONSTRAINT course_template_kind_ck CHECK (kind IN ('TREATMENT', 'COUNSELLING', 'GUIDANCE',
    'CASE_PROCESSING', 'HOME_CARE', 'REHABILITATION', 'HOUSING_SUPPORT'))
);
CREATE INDEX course_template_municipality_name_ix
  ON borgerdialog.course_template (municipality_id, name);

CREATE TABLE borgerdialog.course (
  id          UUID                     NOT NULL,
  citizen_id  UUID                     NOT NULL,
  unit_id     UUID                     NOT NULL,
  template_id UUID                     NOT NULL,
  state       VARCHAR(10)              NOT NULL,
  opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at   TIMESTAMP WITH TIME ZONE,
  version     BIGINT                   NOT NULL,
  CONSTRAINT course_pk PRIMARY KEY (id),
  CONSTRAINT course_citizen_fk FOREIGN KEY (citizen_id) REFERENCES borgerdialog.citizen (id),
  CONSTRAINT course_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id),
  CONSTRAINT course_template_fk FOREIGN KEY (template_id)
    REFERENCES borgerdialog.course_template (id),
  CONSTRAINT course_state_ck CHECK (state IN ('ACTIVE', 'PAUSED', 'CLOSED')),
  CONSTRAINT course_closed_ck CHECK ((state = 'CLOSED' AND closed_at IS NOT NULL)
    OR (state <> 'CLOSED' AND closed_at IS NULL)),
  CONSTRAINT course_version_ck CHECK (version >= 0)
);
CREATE INDEX course_citizen_opened_ix ON borgerdialog.course (citizen_id, opened_at);
CREATE INDEX course_unit_ix ON borgerdialog.course (unit_id);
CREATE INDEX course_template_ix ON borgerdialog.course (template_id);

CREATE TABLE borgerdialog.plan_item (
  id         UUID                     NOT NULL,
  course_id  UUID                     NOT NULL,
  kind       VARCHAR(20)              NOT NULL,
  content    VARCHAR(4000)            NOT NULL,
  author_id  UUID                     NOT NULL,
  written_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version    BIGINT                   NOT NULL,
  CONSTRAINT plan_item_pk PRIMARY KEY (id),
  CONSTRAINT plan_item_course_fk FOREIGN KEY (course_id) REFERENCES borgerdialog.course (id),
  CONSTRAINT plan_item_author_fk FOREIGN KEY (author_id)
    REFERENCES borgerdialog.staff_member (id),
  CONSTRAINT plan_item_kind_ck CHECK (kind IN ('GOAL', 'TASK', 'WAY_FORWARD')),
  CONSTRAINT plan_item_version_ck CHECK (version >= 0)
);
CREATE INDEX plan_item_course_ix ON borgerdialog.plan_item (course_id, written_at);
CREATE INDEX plan_item_author_ix ON borgerdialog.plan_item (author_id);

CREATE TABLE borgerdialog.preference (
  id         UUID                     NOT NULL,
  course_id  UUID                     NOT NULL,
  citizen_id UUID                     NOT NULL,
  kind       VARCHAR(20)              NOT NULL,
  content    VARCHAR(2000)            NOT NULL,
  stated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT preference_pk PRIMARY KEY (id),
  CONSTRAINT preference_course_fk FOREIGN KEY (course_id) REFERENCES borgerdialog.course (id),
  CONSTRAINT preference_citizen_fk FOREIGN KEY (citizen_id) REFERENCES borgerdialog.citizen (id),
  CONSTRAINT preference_kind_ck CHECK (kind IN ('PREFERRED_TIME', 'WHAT_MATTERS', 'OTHER'))
);
CREATE INDEX preference_course_ix ON borgerdialog.preference (course_id, stated_at);
CREATE INDEX preference_citizen_ix ON borgerdialog.preference (citizen_id);

-- replaced_by_id has no foreign key: a move marks the old appointment before the replacement is
-- added. slot_id has none either: a released slot may be withdrawn while the appointment stays.
CREATE TABLE borgerdialog.appointment (
  id                 UUID                     NOT NULL,
  course_id          UUID                     NOT NULL,
  citizen_id         UUID                     NOT NULL,
  unit_id            UUID                     NOT NULL,
  appointment_type   VARCHAR(40)              NOT NULL,
  starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  mode_kind          VARCHAR(10)              NOT NULL,
  mode_address       VARCHAR(600),
  mode_link          VARCHAR(600),
  status             VARCHAR(10)              NOT NULL,
  cancel_reason_code VARCHAR(20),
  cancel_reason_text VARCHAR(1000),
  cancelled_by       VARCHAR(10),
  replaces_id        UUID,
  replaced_by_id     UUID,
  slot_id            UUID,
  booked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT                   NOT NULL,
  CONSTRAINT appointment_pk PRIMARY KEY (id),
  CONSTRAINT appointment_course_fk FOREIGN KEY (course_id) REFERENCES borgerdialog.course (id),
  CONSTRAINT appointment_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id),
  CONSTRAINT appointment_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id),
  CONSTRAINT appointment_replaces_fk FOREIGN KEY (replaces_id)
    REFERENCES borgerdialog.appointment (id),
  CONSTRAINT appointment_interval_ck CHECK (starts_at < ends_at),
  CONSTRAINT appointment_mode_ck CHECK (
    (mode_kind = 'in_person' AND mode_address IS NOT NULL AND mode_link IS NULL)
    OR (mode_kind = 'phone' AND mode_address IS NULL AND mode_link IS NULL)
    OR (mode_kind = 'video' AND mode_address IS NULL AND mode_link IS NOT NULL)),
  CONSTRAINT appointment_status_ck CHECK (status IN
    ('BOOKED', 'CANCELLED', 'MOVED', 'ATTENDED', 'NO_SHOW')),
  CONSTRAINT appointment_cancel_reason_ck CHECK (cancel_reason_code IN ('ILLNESS',
    'HOSPITALISED', 'TRANSPORT', 'WORK_OR_EDUCATION', 'FAMILY', 'NO_LONGER_NEEDED',
    'UNIT_CANCELLED', 'OTHER')),
  CONSTRAINT appointment_cancelled_ck CHECK ((status = 'CANCELLED')
    = (cancel_reason_code IS NOT NULL)),
  CONSTRAINT appointment_cancelled_by_ck CHECK (cancelled_by IN ('CITIZEN', 'STAFF', 'SYSTEM')),
  CONSTRAINT appointment_moved_ck CHECK ((status = 'MOVED') = (replaced_by_id IS NOT NULL)),
  CONSTRAINT appointment_version_ck CHECK (version >= 0)
);
-- the overview's upcoming appointments: one citizen, BOOKED, by start
CREATE INDEX appointment_citizen_status_start_ix
  ON borgerdialog.appointment (citizen_id, status, starts_at);
CREATE INDEX appointment_course_ix ON borgerdialog.appointment (course_id);
CREATE INDEX appointment_unit_start_ix ON borgerdialog.appointment (unit_id, starts_at);
CREATE INDEX appointment_replaces_ix ON borgerdialog.appointment (replaces_id);

CREATE TABLE borgerdialog.appointment_participant (
  appointment_id  UUID    NOT NULL,
  staff_member_id UUID    NOT NULL,
  position_no     INTEGER NOT NULL,
  CONSTRAINT appointment_participant_pk PRIMARY KEY (appointment_id, staff_member_id),
  CONSTRAINT appointment_participant_appointment_fk FOREIGN KEY (appointment_id)
    REFERENCES borgerdialog.appointment (id) ON DELETE CASCADE,
  CONSTRAINT appointment_participant_staff_member_fk FOREIGN KEY (staff_member_id)
    REFERENCES borgerdialog.staff_member (id)
);
CREATE INDEX appointment_participant_staff_member_ix
  ON borgerdialog.appointment_participant (staff_member_id);

-- taken_by has no foreign key: a booking claims the slot before it adds the appointment.
CREATE TABLE borgerdialog.free_slot (
  id               UUID                     NOT NULL,
  unit_id          UUID                     NOT NULL,
  appointment_type VARCHAR(40)              NOT NULL,
  staff_member_id  UUID,
  starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  mode_kind        VARCHAR(10)              NOT NULL,
  mode_address     VARCHAR(600),
  mode_link        VARCHAR(600),
  taken_by         UUID,
  version          BIGINT                   NOT NULL,
  CONSTRAINT free_slot_pk PRIMARY KEY (id),
  CONSTRAINT free_slot_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id),
  CONSTRAINT free_slot_staff_member_fk FOREIGN KEY (staff_member_id)
    REFERENCES borgerdialog.staff_member (id),
  CONSTRAINT free_slot_interval_ck CHECK (starts_at < ends_at),
  CONSTRAINT free_slot_mode_ck CHECK (
    (mode_kind = 'in_person' AND mode_address IS NOT NULL AND mode_link IS NULL)
    OR (mode_kind = 'phone' AND mode_address IS NULL AND mode_link IS NULL)
    OR (mode_kind = 'video' AND mode_address IS NULL AND mode_link IS NOT NULL)),
  CONSTRAINT free_slot_version_ck CHECK (version >= 0)
);
-- the open slots of a unit and type by start; H2 has no partial index, so the open filter
-- (taken_by IS NULL) is applied to the index range rather than built into the index
CREATE INDEX free_slot_unit_type_start_ix
  ON borgerdialog.free_slot (unit_id, appointment_type, starts_at, taken_by);
CREATE INDEX free_slot_staff_member_ix ON borgerdialog.free_slot (staff_member_id);

-- the transactional outbox; seq orders the events as they were recorded
CREATE TABLE borgerdialog.outbox_event (
  id           UUID                     NOT NULL,
  seq          BIGINT GENERATED ALWAYS AS IDENTITY,
  aggregate_id UUID                     NOT NULL,
  event_type   VARCHAR(100)             NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  payload      VARCHAR(100000)          NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT outbox_event_pk PRIMARY KEY (id),
  CONSTRAINT outbox_event_seq_uq UNIQUE (seq)
);
CREATE INDEX outbox_event_aggregate_ix ON borgerdialog.outbox_event (aggregate_id, seq);
CREATE INDEX outbox_event_unpublished_ix ON borgerdialog.outbox_event (published_at, seq);

-- append-only; citizen_id has no foreign key so that the trail outlives the data it is about
CREATE TABLE borgerdialog.audit_record (
  id              UUID                     NOT NULL,
  seq             BIGINT GENERATED ALWAYS AS IDENTITY,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_kind      VARCHAR(10)              NOT NULL,
  actor_id        VARCHAR(128)             NOT NULL,
  assurance_level VARCHAR(12)              NOT NULL,
  citizen_id      UUID,
  operation       VARCHAR(40)              NOT NULL,
  entity_id       UUID,
  allowed         BOOLEAN                  NOT NULL,
  reason          VARCHAR(1000),
  CONSTRAINT audit_record_pk PRIMARY KEY (id),
  CONSTRAINT audit_record_seq_uq UNIQUE (seq),
  CONSTRAINT audit_record_actor_kind_ck CHECK (actor_kind IN ('CITIZEN', 'STAFF', 'SYSTEM')),
  CONSTRAINT audit_record_level_ck CHECK (assurance_level IN ('LOW', 'SUBSTANTIAL', 'HIGH')),
  CONSTRAINT audit_record_operation_ck CHECK (operation IN ('VIEW_OVERVIEW', 'VIEW_FREE_SLOTS',
    'BOOK_APPOINTMENT', 'MOVE_APPOINTMENT', 'CANCEL_APPOINTMENT', 'RECORD_ATTENDANCE',
    'WRITE_PLAN_ITEM', 'STATE_PREFERENCE', 'MANAGE_FREE_SLOTS', 'MANAGE_COURSE',
    'MANAGE_CONTACT_PREFERENCES', 'MANAGE_REMINDER_POLICY', 'READ_NOTIFICATIONS', 'VIEW_DELIVERY_LOG',
    'VIEW_INSIGHTS', 'ADMINISTER'))
);
CREATE INDEX audit_record_citizen_ix ON borgerdialog.audit_record (citizen_id, occurred_at);
CREATE INDEX audit_record_allowed_ix ON borgerdialog.audit_record (allowed, occurred_at);
