-- Partnership Strategic Assessments: one per partnership per year, a draft until the partnership agrees its
-- priorities from it, then frozen (the service refuses every change to an agreed assessment).
--
-- matrix: DEFAULT (volume, trend, harm, public concern, vulnerability) or MORILE (the MoRiLE-style template);
-- agreed_ranking: the ranking as agreed (JSON, what the pages render once agreed); report_html: the assessment
-- report rendered at the same moment, served as it was stored; plan_update: what agreeing did to the plan's next
-- refresh (JSON).
CREATE TABLE assessment (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title TEXT NOT NULL,
  matrix TEXT NOT NULL CHECK (matrix IN ('DEFAULT', 'MORILE')),
  status TEXT NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'AGREED')),
  created_by TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  agreed_by TEXT,
  agreed_at TIMESTAMPTZ,
  agreed_ranking JSONB,
  report_html TEXT,
  plan_update JSONB,
  UNIQUE (partnership_id, year)
);

-- The dimensions of the assessment's matrix, with their weights (configurable while the assessment is a draft).
-- role: SUM (weight x score added to the total), FACTOR (the sum is multiplied by the score), RECORD (shown beside
-- the total, not part of it). rule: the rule that suggests a score (VOLUME, TREND, HARM, CONCERN) or NULL.
CREATE TABLE assessment_dimension (
  assessment_id BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  dimension_key TEXT NOT NULL,
  label TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  weight NUMERIC(5, 2) NOT NULL CHECK (weight >= 0 AND weight <= 10),
  role TEXT NOT NULL CHECK (role IN ('SUM', 'FACTOR', 'RECORD')),
  rule TEXT,
  position INTEGER NOT NULL,
  PRIMARY KEY (assessment_id, dimension_key)
);

-- The crime and disorder issues under assessment. crime_types: police.uk crime type strings whose counts in the
-- partnership area are the theme's crime series; dataset_ids: the partner datasets (evidence module) linked to it.
-- agreed: whether the partnership agreed it as a priority.
CREATE TABLE assessment_theme (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL,
  crime_types TEXT[] NOT NULL DEFAULT '{}',
  dataset_ids BIGINT[] NOT NULL DEFAULT '{}',
  position INTEGER NOT NULL,
  agreed BOOLEAN NOT NULL DEFAULT false,
  decision_reason TEXT NOT NULL DEFAULT ''
);

CREATE UNIQUE INDEX assessment_theme_title ON assessment_theme (assessment_id, lower(title));

-- Police and crime plan objectives, entered as a list per assessment, and the themes each aligns with.
CREATE TABLE assessment_objective (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  position INTEGER NOT NULL
);

CREATE TABLE assessment_theme_objective (
  theme_id BIGINT NOT NULL REFERENCES assessment_theme (id) ON DELETE CASCADE,
  objective_id BIGINT NOT NULL REFERENCES assessment_objective (id) ON DELETE CASCADE,
  PRIMARY KEY (theme_id, objective_id)
);

-- Evidence an analyst attaches by hand: survey findings, partner figures, reports.
CREATE TABLE assessment_evidence (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  theme_id BIGINT NOT NULL REFERENCES assessment_theme (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  source TEXT NOT NULL,
  evidence_date DATE,
  link TEXT NOT NULL DEFAULT '',
  added_by TEXT NOT NULL,
  added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Scores an analyst set (overriding a suggestion, or where no rule applies), each with its written reason.
CREATE TABLE assessment_score (
  theme_id BIGINT NOT NULL REFERENCES assessment_theme (id) ON DELETE CASCADE,
  dimension_key TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  reason TEXT NOT NULL CHECK (reason <> ''),
  scored_by TEXT NOT NULL,
  scored_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (theme_id, dimension_key)
);

-- Continuous assessment: the ranking re-run with the data of the day, stored as it came out (JSON).
CREATE TABLE assessment_run (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  run_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  run_by TEXT NOT NULL,
  ranking JSONB NOT NULL
);

CREATE INDEX assessment_run_recent ON assessment_run (assessment_id, run_at DESC);
