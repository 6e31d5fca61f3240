-- Mit netværk: the managed list of interests, organisers, activities with their schedules, signups
-- with capacity and a waiting list, staff suggestions and the interests citizens state.
--
-- An activity's schedule is stored as its local first start, zone, length and RFC 5545 frequency;
-- occurrences are expanded in code. first_start_at and latest_end_at bound the occurrences for
-- searching (latest_end_at is NULL for a series without end).

CREATE TABLE borgerdialog.interest (
  municipality_id UUID         NOT NULL,
  code            VARCHAR(40)  NOT NULL,
  name_da         VARCHAR(200) NOT NULL,
  name_en         VARCHAR(200) NOT NULL,
  CONSTRAINT interest_pk PRIMARY KEY (municipality_id, code),
  CONSTRAINT interest_municipality_fk FOREIGN KEY (municipality_id)
    REFERENCES borgerdialog.municipality (id)
);

CREATE TABLE borgerdialog.organiser (
  id              UUID         NOT NULL,
  municipality_id UUID         NOT NULL,
  unit_id         UUID         NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  name            VARCHAR(400) NOT NULL,
  email           VARCHAR(254),
  phone           VARCHAR(16),
  CONSTRAINT organiser_pk PRIMARY KEY (id),
  CONSTRAINT organiser_municipality_fk FOREIGN KEY (municipality_id)
    REFERENCES borgerdialog.municipality (id),
  CONSTRAINT organiser_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id),
  CONSTRAINT organiser_kind_ck CHECK (kind IN ('MUNICIPAL_UNIT', 'ASSOCIATION'))
);
CREATE INDEX organiser_unit_ix ON borgerdialog.organiser (unit_id);

CREATE TABLE borgerdialog.activity (
  id                UUID                     NOT NULL,
  municipality_id   UUID                     NOT NULL,
  organiser_id      UUID                     NOT NULL,
  unit_id           UUID                     NOT NULL,
  title             VARCHAR(400)             NOT NULL,
  description       VARCHAR(8000)            NOT NULL,
  place_address     VARCHAR(600),
  place_district    VARCHAR(200),
  place_link        VARCHAR(600),
  first_start_local TIMESTAMP                NOT NULL,
  zone_id           VARCHAR(64)              NOT NULL,
  duration_minutes  INTEGER                  NOT NULL,
  frequency         VARCHAR(10),
  until_date        DATE,
  first_start_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  latest_end_at     TIMESTAMP WITH TIME ZONE,
  capacity          INTEGER                  NOT NULL,
  target_group      VARCHAR(400),
  accessibility     VARCHAR(2000),
  price_ore         BIGINT                   NOT NULL,
  signup_deadline_minutes INTEGER            NOT NULL,
  version           BIGINT                   NOT NULL,
  CONSTRAINT activity_pk PRIMARY KEY (id),
  CONSTRAINT activity_municipality_fk FOREIGN KEY (municipality_id)
    REFERENCES borgerdialog.municipality (id),
  CONSTRAINT activity_organiser_fk FOREIGN KEY (organiser_id)
    REFERENCES borgerdialog.organiser (id),
  CONSTRAINT activity_unit_fk FOREIGN KEY (unit_id) REFERENCES borgerdialog.unit (id),
  CONSTRAINT activity_place_ck CHECK (
    (place_address IS NOT NULL AND place_district IS NOT NULL AND place_link IS NULL)
    OR (place_address IS NULL AND place_district IS NULL AND place_link IS NOT NULL)),
  CONSTRAINT activity_frequency_ck CHECK (frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
  CONSTRAINT activity_until_ck CHECK (until_date IS NULL OR frequency IS NOT NULL),
  CONSTRAINT activity_duration_ck CHECK (duration_minutes BETWEEN 1 AND 1440),
  CONSTRAINT activity_capacity_ck CHECK (capacity BETWEEN 1 AND 10000),
  CONSTRAINT activity_price_ck CHECK (price_ore >= 0),
  CONSTRAINT activity_deadline_ck CHECK (signup_deadline_minutes BETWEEN 0 AND 43200),
  CONSTRAINT activity_version_ck CHECK (version >= 0)
);
CREATE INDEX activity_municipality_start_ix
  ON borgerdialog.activity (municipality_id, first_start_at);
CREATE INDEX activity_unit_ix ON borgerdialog.activity (unit_id);
CREATE INDEX activity_organiser_ix ON borgerdialog.activity (organiser_id);

CREATE TABLE borgerdialog.activity_interest (
  activity_id     UUID        NOT NULL,
  municipality_id UUID        NOT NULL,
  code            VARCHAR(40) NOT NULL,
  CONSTRAINT activity_interest_pk PRIMARY KEY (activity_id, code),
  CONSTRAINT activity_interest_activity_fk FOREIGN KEY (activity_id)
    REFERENCES borgerdialog.activity (id) ON DELETE CASCADE,
  CONSTRAINT activity_interest_interest_fk FOREIGN KEY (municipality_id, code)
    REFERENCES borgerdialog.interest (municipality_id, code)
);
CREATE INDEX activity_interest_code_ix ON borgerdialog.activity_interest (code, activity_id);

-- occurrence_at is NULL for a signup for the whole series
CREATE TABLE borgerdialog.signup (
  id            UUID                     NOT NULL,
  activity_id   UUID                     NOT NULL,
  citizen_id    UUID                     NOT NULL,
  occurrence_at TIMESTAMP WITH TIME ZONE,
  status        VARCHAR(10)              NOT NULL,
  position_no   BIGINT                   NOT NULL,
  signed_up_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT                   NOT NULL,
  CONSTRAINT signup_pk PRIMARY KEY (id),
  CONSTRAINT signup_activity_fk FOREIGN KEY (activity_id) REFERENCES borgerdialog.activity (id),
  CONSTRAINT signup_citizen_fk FOREIGN KEY (citizen_id) REFERENCES borgerdialog.citizen (id),
  CONSTRAINT signup_position_uq UNIQUE (activity_id, position_no),
  CONSTRAINT signup_status_ck CHECK (status IN ('SEATED', 'WAITLISTED', 'LEFT')),
  CONSTRAINT signup_version_ck CHECK (version >= 0)
);
CREATE INDEX signup_activity_status_ix ON borgerdialog.signup (activity_id, status, position_no);
CREATE INDEX signup_citizen_ix ON borgerdialog.signup (citizen_id, signed_up_at);

CREATE TABLE borgerdialog.suggestion (
  id              UUID                     NOT NULL,
  activity_id     UUID                     NOT NULL,
  citizen_id      UUID                     NOT NULL,
  staff_member_id UUID                     NOT NULL,
  suggested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT suggestion_pk PRIMARY KEY (id),
  CONSTRAINT suggestion_activity_fk FOREIGN KEY (activity_id)
    REFERENCES borgerdialog.activity (id),
  CONSTRAINT suggestion_citizen_fk FOREIGN KEY (citizen_id) REFERENCES borgerdialog.citizen (id),
  CONSTRAINT suggestion_staff_member_fk FOREIGN KEY (staff_member_id)
    REFERENCES borgerdialog.staff_member (id),
  CONSTRAINT suggestion_once_uq UNIQUE (citizen_id, activity_id)
);

CREATE TABLE borgerdialog.citizen_interest (
  citizen_id UUID        NOT NULL,
  code       VARCHAR(40) NOT NULL,
  CONSTRAINT citizen_interest_pk PRIMARY KEY (citizen_id, code),
  CONSTRAINT citizen_interest_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id)
);
