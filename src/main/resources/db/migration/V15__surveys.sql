-- Surveys: residents' surveys, citizens' panels and external surveys (e.g. the National Rural Crime Survey).
--
-- A survey has waves; its questions and their categories (the response scale) are defined once per survey, so
-- waves compare. A wave's data arrives in one of two ways: respondent-level rows (survey_respondent with one
-- survey_answer per chosen category) or summary entry (survey_summary: n or % per category over a stated base) for
-- surveys that publish only results. Results are never stored: they are computed on read from these rows.
-- Categories flagged "excluded" (don't know, no answer) are not valid answers: they leave the base of every result.
CREATE TABLE survey (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  external BOOLEAN NOT NULL DEFAULT false,
  source TEXT NOT NULL DEFAULT '',
  coverage TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  link TEXT NOT NULL DEFAULT '',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, name)
);

CREATE TABLE survey_wave (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id BIGINT NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  label TEXT NOT NULL CHECK (label <> ''),
  published_on DATE NOT NULL,
  fieldwork_from DATE,
  fieldwork_to DATE,
  method TEXT NOT NULL DEFAULT '',
  sample_size INT NOT NULL CHECK (sample_size >= 0),
  illustrative BOOLEAN NOT NULL DEFAULT false,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (survey_id, label),
  CHECK (fieldwork_from IS NULL OR fieldwork_to IS NULL OR fieldwork_from <= fieldwork_to)
);

CREATE TABLE survey_question (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id BIGINT NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  text TEXT NOT NULL CHECK (text <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('SINGLE', 'MULTIPLE', 'YES_NO')),
  position INT NOT NULL,
  UNIQUE (survey_id, code)
);

CREATE TABLE survey_category (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  question_id BIGINT NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
  label TEXT NOT NULL CHECK (label <> ''),
  excluded BOOLEAN NOT NULL DEFAULT false,
  position INT NOT NULL,
  UNIQUE (question_id, label)
);

-- A derived result: the chosen categories of a question over its valid answers ("% feeling very or fairly safe").
CREATE TABLE survey_result (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id BIGINT NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  question_id BIGINT NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  higher_is_better BOOLEAN,
  position INT NOT NULL,
  UNIQUE (survey_id, name)
);

CREATE TABLE survey_result_category (
  result_id BIGINT NOT NULL REFERENCES survey_result (id) ON DELETE CASCADE,
  category_id BIGINT NOT NULL REFERENCES survey_category (id) ON DELETE CASCADE,
  PRIMARY KEY (result_id, category_id)
);

CREATE TABLE survey_respondent (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  wave_id BIGINT NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
  row_number INT NOT NULL,
  weight NUMERIC CHECK (weight > 0),
  area_code TEXT,
  age_band TEXT,
  sex TEXT,
  UNIQUE (wave_id, row_number)
);

CREATE TABLE survey_answer (
  respondent_id BIGINT NOT NULL REFERENCES survey_respondent (id) ON DELETE CASCADE,
  category_id BIGINT NOT NULL REFERENCES survey_category (id) ON DELETE CASCADE,
  PRIMARY KEY (respondent_id, category_id)
);

CREATE INDEX survey_answer_category ON survey_answer (category_id);

-- Summary entry: for a wave and question, the base (answers) and each category's share of it.
CREATE TABLE survey_summary_base (
  wave_id BIGINT NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
  question_id BIGINT NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
  base INT NOT NULL CHECK (base > 0),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (wave_id, question_id)
);

CREATE TABLE survey_summary (
  wave_id BIGINT NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
  category_id BIGINT NOT NULL REFERENCES survey_category (id) ON DELETE CASCADE,
  percent NUMERIC NOT NULL CHECK (percent >= 0 AND percent <= 100),
  count INT CHECK (count >= 0),
  PRIMARY KEY (wave_id, category_id)
);

-- A finding: a statement a survey's report makes, kept word for word so it can be cited as evidence.
CREATE TABLE survey_finding (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  wave_id BIGINT NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  position INT NOT NULL
);

-- "You said, we did": a concern (a finding, or a category of a multiple-choice question) answered by a plan theme
-- or activity, named by its stable key so the link follows the plan from one refresh to the next.
CREATE TABLE survey_response_link (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id BIGINT NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  finding_id BIGINT REFERENCES survey_finding (id) ON DELETE CASCADE,
  category_id BIGINT REFERENCES survey_category (id) ON DELETE CASCADE,
  plan_kind TEXT NOT NULL CHECK (plan_kind IN ('THEME', 'ACTIVITY')),
  plan_key UUID NOT NULL,
  CHECK ((finding_id IS NULL) <> (category_id IS NULL))
);

CREATE UNIQUE INDEX survey_response_link_unique ON survey_response_link
  (survey_id, coalesce(finding_id, 0), coalesce(category_id, 0), plan_key);

-- A published result: a derived result's percentage as a report gives it, when the split by category is not
-- published ("76% felt fairly or very safe"). The base is the number of answers the report says it is of.
CREATE TABLE survey_published_result (
  wave_id BIGINT NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
  result_id BIGINT NOT NULL REFERENCES survey_result (id) ON DELETE CASCADE,
  percent NUMERIC NOT NULL CHECK (percent >= 0 AND percent <= 100),
  base INT NOT NULL CHECK (base > 0),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (wave_id, result_id)
);
