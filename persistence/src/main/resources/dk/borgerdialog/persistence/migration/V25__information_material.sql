-- Information material: items attached to a course template or to one course, their language
-- variants, releases by hand, and each citizen's views and "understood" marks.
CREATE TABLE borgerdialog.material_item (
  id                 UUID                     NOT NULL,
  template_id        UUID,
  course_id          UUID,
  kind               VARCHAR(10)              NOT NULL,
  duration_seconds   INTEGER,
  release_kind       VARCHAR(30)              NOT NULL,
  release_days       INTEGER,
  release_type       VARCHAR(40),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT                   NOT NULL,
  -- the order items were attached in, also within one instant
  attached_seq       BIGINT GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT material_item_pk PRIMARY KEY (id),
  CONSTRAINT material_item_template_fk FOREIGN KEY (template_id)
    REFERENCES borgerdialog.course_template (id),
  CONSTRAINT material_item_course_fk FOREIGN KEY (course_id) REFERENCES borgerdialog.course (id),
  CONSTRAINT material_item_attachment_ck CHECK (
    (template_id IS NULL AND course_id IS NOT NULL)
    OR (template_id IS NOT NULL AND course_id IS NULL)),
  CONSTRAINT material_item_kind_ck CHECK (kind IN ('TEXT', 'LINK', 'VIDEO')),
  CONSTRAINT material_item_duration_ck CHECK (
    (kind = 'VIDEO' AND duration_seconds > 0) OR (kind <> 'VIDEO' AND duration_seconds IS NULL)),
  CONSTRAINT material_item_release_ck CHECK (
    (release_kind IN ('AT_START', 'BY_HAND') AND release_days IS NULL AND release_type IS NULL)
    OR (release_kind = 'DAYS_BEFORE_APPOINTMENT' AND release_days >= 0
        AND release_type IS NOT NULL)
    OR (release_kind = 'AFTER_ATTENDED' AND release_days IS NULL AND release_type IS NOT NULL)),
  CONSTRAINT material_item_version_ck CHECK (version >= 0)
);
CREATE INDEX material_item_template_ix ON borgerdialog.material_item (template_id, attached_seq);
CREATE INDEX material_item_course_ix ON borgerdialog.material_item (course_id, attached_seq);

CREATE TABLE borgerdialog.material_variant (
  item_id      UUID           NOT NULL,
  language     VARCHAR(2)     NOT NULL,
  title        VARCHAR(200)   NOT NULL,
  body         VARCHAR(20000),
  url          VARCHAR(2000),
  captions_url VARCHAR(2000),
  transcript   VARCHAR(20000),
  CONSTRAINT material_variant_pk PRIMARY KEY (item_id, language),
  CONSTRAINT material_variant_item_fk FOREIGN KEY (item_id)
    REFERENCES borgerdialog.material_item (id),
  CONSTRAINT material_variant_language_ck CHECK (language IN ('DA', 'EN'))
);

CREATE TABLE borgerdialog.material_release (
  course_id   UUID                     NOT NULL,
  item_id     UUID                     NOT NULL,
  released_at TIMESTAMP WITH TIME ZONE NOT NULL,
  released_by UUID,
  CONSTRAINT material_release_pk PRIMARY KEY (course_id, item_id),
  CONSTRAINT material_release_course_fk FOREIGN KEY (course_id)
    REFERENCES borgerdialog.course (id),
  CONSTRAINT material_release_item_fk FOREIGN KEY (item_id)
    REFERENCES borgerdialog.material_item (id),
  CONSTRAINT material_release_by_fk FOREIGN KEY (released_by)
    REFERENCES borgerdialog.staff_member (id)
);
CREATE INDEX material_release_item_ix ON borgerdialog.material_release (item_id);
CREATE INDEX material_release_by_ix ON borgerdialog.material_release (released_by);

CREATE TABLE borgerdialog.material_progress (
  citizen_id     UUID                     NOT NULL,
  item_id        UUID                     NOT NULL,
  views          INTEGER                  NOT NULL,
  last_viewed_at TIMESTAMP WITH TIME ZONE,
  understood_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT material_progress_pk PRIMARY KEY (citizen_id, item_id),
  CONSTRAINT material_progress_citizen_fk FOREIGN KEY (citizen_id)
    REFERENCES borgerdialog.citizen (id),
  CONSTRAINT material_progress_item_fk FOREIGN KEY (item_id)
    REFERENCES borgerdialog.material_item (id),
  CONSTRAINT material_progress_views_ck CHECK (views >= 0)
);
CREATE INDEX material_progress_item_ix ON borgerdialog.material_progress (item_id);
