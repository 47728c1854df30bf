-- The three-year Community Safety Plan and its yearly refreshes (versions). A version's content (sections,
-- themes, activities, measures) belongs to that version alone: a refresh is a deep copy, so a published version
-- never changes. Themes, activities and measures carry a stable key, copied into the next refresh, by which two
-- versions are compared.
CREATE TABLE plan (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  first_year INT NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
  last_year INT NOT NULL CHECK (last_year BETWEEN 2000 AND 2100),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (last_year > first_year),
  UNIQUE (partnership_id, title)
);

CREATE TABLE plan_version (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  financial_year CHAR(7) NOT NULL CHECK (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
  status TEXT NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'PUBLISHED')),
  based_on_id BIGINT REFERENCES plan_version (id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by TEXT NOT NULL,
  approved_at TIMESTAMPTZ,
  approved_by TEXT,
  published_at TIMESTAMPTZ,
  published_by TEXT,
  CHECK ((status = 'DRAFT') = (approved_at IS NULL)),
  CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);

-- Only one draft per plan at a time: two coordinators starting a refresh together cannot both succeed.
CREATE UNIQUE INDEX plan_version_one_draft ON plan_version (plan_id) WHERE status = 'DRAFT';

CREATE TABLE plan_section (
  version_id BIGINT NOT NULL REFERENCES plan_version (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('INTRODUCTION', 'CRIME_OVERVIEW', 'CONSULTATION', 'PRIORITIES_INTRODUCTION',
                                     'PERFORMANCE_MANAGEMENT', 'GOVERNANCE')),
  body TEXT NOT NULL,
  PRIMARY KEY (version_id, kind)
);

CREATE TABLE plan_theme (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version_id BIGINT NOT NULL REFERENCES plan_version (id) ON DELETE CASCADE,
  stable_key UUID NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('PRIORITY', 'MONITORED', 'CROSS_CUTTING', 'LINKED_STRATEGY')),
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT NOT NULL DEFAULT '',
  lead_organisation_id BIGINT REFERENCES organisation (id),
  lead_person TEXT NOT NULL DEFAULT '',
  position INT NOT NULL,
  UNIQUE (version_id, stable_key)
);

CREATE TABLE plan_activity (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  theme_id BIGINT NOT NULL REFERENCES plan_theme (id) ON DELETE CASCADE,
  stable_key UUID NOT NULL,
  text TEXT NOT NULL CHECK (text <> ''),
  lead_person TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  starts_on DATE,
  due_on DATE,
  status TEXT NOT NULL CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE')),
  position INT NOT NULL,
  CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on),
  UNIQUE (theme_id, stable_key)
);

CREATE TABLE plan_activity_owner (
  activity_id BIGINT NOT NULL REFERENCES plan_activity (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (activity_id, organisation_id)
);

CREATE INDEX plan_activity_owner_organisation ON plan_activity_owner (organisation_id);

-- indicator_id links a measure to a performance indicator once the performance module exists; no foreign key yet.
CREATE TABLE plan_measure (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  theme_id BIGINT NOT NULL REFERENCES plan_theme (id) ON DELETE CASCADE,
  stable_key UUID NOT NULL,
  text TEXT NOT NULL CHECK (text <> ''),
  direction TEXT NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE', 'NEUTRAL')),
  baseline_value NUMERIC,
  baseline_text TEXT NOT NULL DEFAULT '',
  target_value NUMERIC,
  how_measured TEXT NOT NULL DEFAULT '',
  indicator_id BIGINT,
  position INT NOT NULL,
  UNIQUE (theme_id, stable_key)
);
