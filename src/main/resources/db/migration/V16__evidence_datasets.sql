-- Evidence: partner datasets. A dataset is described once (title, source, licence, owning organisation, sharing);
-- each upload is a version holding the dataset's whole series, and the dataset points at its current version, so a
-- new upload replaces the series at once (one UPDATE in the upload's transaction) and earlier versions are kept.
CREATE TABLE evidence_dataset (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('INDICATOR', 'FLY_TIPPING', 'ASSAULTS', 'NRM_REFERRALS')),
  source TEXT NOT NULL CHECK (source <> ''),
  licence TEXT NOT NULL CHECK (licence <> ''),
  owner_organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  -- PUBLIC may be published; RESTRICTED is for the signed-in members of this partnership only.
  sharing TEXT NOT NULL CHECK (sharing IN ('PUBLIC', 'RESTRICTED')),
  description TEXT NOT NULL DEFAULT '',
  period_type TEXT NOT NULL CHECK (period_type IN ('MONTH', 'QUARTER', 'FINANCIAL_YEAR', 'YEAR')),
  unit TEXT NOT NULL CHECK (unit <> ''),
  -- Whether values may be added up across areas (counts) or not (rates, shares).
  additive BOOLEAN NOT NULL,
  illustrative BOOLEAN NOT NULL DEFAULT false,
  current_version_id BIGINT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, title)
);

CREATE TABLE evidence_version (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dataset_id BIGINT NOT NULL REFERENCES evidence_dataset (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  value_count INT NOT NULL CHECK (value_count >= 0),
  -- What the import did, one line each (authorities rolled up or unmatched, rows skipped), shown with the version.
  notes TEXT[] NOT NULL DEFAULT '{}',
  uploaded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  uploaded_by TEXT NOT NULL
);
CREATE INDEX evidence_version_dataset ON evidence_version (dataset_id, id);

ALTER TABLE evidence_dataset ADD CONSTRAINT evidence_dataset_current
  FOREIGN KEY (current_version_id) REFERENCES evidence_version (id);

-- The series: one value per area (GSS code), period and breakdown. The headline series has dimension '' and
-- category ''; breakdowns (fly-tipping land type, assault method, first responder type) name theirs. Only
-- aggregates are stored: an A&E assault import keeps counts, never a record about one patient.
CREATE TABLE evidence_value (
  version_id BIGINT NOT NULL REFERENCES evidence_version (id) ON DELETE CASCADE,
  area_code CHAR(9) NOT NULL CHECK (area_code ~ '^[EWSN][0-9]{8}$'),
  period TEXT NOT NULL,
  starts_on DATE NOT NULL,
  dimension TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT '',
  value NUMERIC NOT NULL,
  numerator NUMERIC,
  denominator NUMERIC,
  CHECK (numerator IS NULL OR denominator IS NULL OR numerator <= denominator),
  PRIMARY KEY (version_id, dimension, category, area_code, starts_on)
);
