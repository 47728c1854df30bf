-- Performance: indicator series (Making Data Count SPC is computed from them on read, never stored), the links
-- between plan measures and indicators, evidence notes for measures that cannot be counted, and activity updates.
--
-- Measures and activities are referred to by their stable key, which a plan refresh copies into the next version:
-- an indicator linked to "Reduction in fly tipping" stays linked, and an activity's update history stays with it,
-- from one refresh to the next. Links, notes and updates are performance data, not plan text, so they may be added
-- to a measure or activity of any version, published or draft. The single plan_measure.indicator_id column that the
-- plan module reserved is replaced by the link table (a measure may have several indicators).
ALTER TABLE plan_measure DROP COLUMN indicator_id;

CREATE TABLE performance_indicator (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  unit TEXT NOT NULL CHECK (unit IN ('COUNT', 'RATE_PER_1000', 'PERCENTAGE', 'OTHER')),
  unit_label TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('CRIME_STATISTIC', 'SURVEY_RESULT', 'PARTNER_DATASET', 'MANUAL')),
  numerator TEXT NOT NULL DEFAULT '',
  denominator TEXT NOT NULL DEFAULT '',
  improvement TEXT NOT NULL CHECK (improvement IN ('INCREASE', 'DECREASE', 'NEUTRAL')),
  target NUMERIC,
  frequency TEXT NOT NULL CHECK (frequency IN ('MONTH', 'QUARTER', 'YEAR')),
  description TEXT NOT NULL DEFAULT '',
  illustrative BOOLEAN NOT NULL DEFAULT false,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, name)
);

-- One value per period; period is the text partners write (2021-04, 2021-Q2, 2021-22), starts_on orders them.
CREATE TABLE performance_value (
  indicator_id BIGINT NOT NULL REFERENCES performance_indicator (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  starts_on DATE NOT NULL,
  value NUMERIC NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (indicator_id, period),
  UNIQUE (indicator_id, starts_on)
);

-- A rebase: a new baseline (new mean and limits) starts at this period, for the reason given.
CREATE TABLE performance_rebase (
  indicator_id BIGINT NOT NULL REFERENCES performance_indicator (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason <> ''),
  created_by TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (indicator_id, period)
);

CREATE TABLE performance_measure_indicator (
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  measure_key UUID NOT NULL,
  indicator_id BIGINT NOT NULL REFERENCES performance_indicator (id) ON DELETE CASCADE,
  PRIMARY KEY (partnership_id, measure_key, indicator_id)
);

CREATE INDEX performance_measure_indicator_indicator ON performance_measure_indicator (indicator_id);

CREATE TABLE performance_evidence_note (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  measure_key UUID NOT NULL,
  noted_on DATE NOT NULL,
  note TEXT NOT NULL CHECK (note <> ''),
  author TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX performance_evidence_note_measure ON performance_evidence_note (partnership_id, measure_key);

-- Progress on an activity: only ever inserted, so the history is never overwritten.
CREATE TABLE performance_activity_update (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  activity_key UUID NOT NULL,
  activity_id BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('RED', 'AMBER', 'GREEN', 'COMPLETE')),
  commentary TEXT NOT NULL CHECK (commentary <> ''),
  update_on DATE NOT NULL,
  author TEXT NOT NULL,
  organisation_id BIGINT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX performance_activity_update_activity ON performance_activity_update (partnership_id, activity_key,
  update_on DESC, id DESC);
