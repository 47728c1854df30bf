-- The police.uk archive: every row of every street, outcomes and stop-and-search file imported, kept beyond
-- police.uk's 36-month window. Rows are only ever deleted when the same (force, month, kind) is imported again.
-- Rows are narrow (about 65 million street rows in ten years): month as a date, force, crime type and outcome as
-- small dictionary ids, coordinates as integer micro-degrees (real would lose the sixth decimal), the 64-hex-char
-- Crime ID as 32 bytes. The row tables and the cube have no foreign keys on purpose: a foreign key is a trigger per
-- row, which would cost more than the COPY itself; the importer takes every id from the dictionary tables below.
-- LSOA names, "Reported by" and "Falls within" are not kept per row: the LSOA name comes from
-- the ONS geography, the force name is kept once in crime_force.

-- A police force as police.uk names it: the slug of its file names, the name from its "Falls within" column.
CREATE TABLE crime_force (
  id SMALLINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name TEXT
);

-- The 14 police.uk crime types (exact CSV strings, current since June 2013) and their API slugs.
CREATE TABLE crime_type (
  id SMALLINT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  slug TEXT NOT NULL UNIQUE
);
INSERT INTO crime_type (id, name, slug) VALUES
  (1, 'Anti-social behaviour', 'anti-social-behaviour'),
  (2, 'Bicycle theft', 'bicycle-theft'),
  (3, 'Burglary', 'burglary'),
  (4, 'Criminal damage and arson', 'criminal-damage-arson'),
  (5, 'Drugs', 'drugs'),
  (6, 'Other crime', 'other-crime'),
  (7, 'Other theft', 'other-theft'),
  (8, 'Possession of weapons', 'possession-of-weapons'),
  (9, 'Public order', 'public-order'),
  (10, 'Robbery', 'robbery'),
  (11, 'Shoplifting', 'shoplifting'),
  (12, 'Theft from the person', 'theft-from-the-person'),
  (13, 'Vehicle crime', 'vehicle-crime'),
  (14, 'Violence and sexual offences', 'violent-crime');

-- police.uk outcome categories (CSV "Outcome type" / "Last outcome category" strings) with their API codes.
-- Files are matched case-insensitively; "Offender given a penalty notice" is read as "Offender given penalty notice".
CREATE TABLE crime_outcome_type (
  id SMALLINT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE
);
INSERT INTO crime_outcome_type (id, name, code) VALUES
  (1, 'Awaiting court outcome', 'awaiting-court-result'),
  (2, 'Court result unavailable', 'court-result-unavailable'),
  (3, 'Court case unable to proceed', 'unable-to-proceed'),
  (4, 'Local resolution', 'local-resolution'),
  (5, 'Investigation complete; no suspect identified', 'no-further-action'),
  (6, 'Offender deprived of property', 'deprived-of-property'),
  (7, 'Offender fined', 'fined'),
  (8, 'Offender given absolute discharge', 'absolute-discharge'),
  (9, 'Offender given a caution', 'cautioned'),
  (10, 'Offender given a drugs possession warning', 'drugs-possession-warning'),
  (11, 'Offender given penalty notice', 'penalty-notice-issued'),
  (12, 'Offender given community sentence', 'community-penalty'),
  (13, 'Offender given conditional discharge', 'conditional-discharge'),
  (14, 'Offender given suspended prison sentence', 'suspended-sentence'),
  (15, 'Offender sent to prison', 'imprisoned'),
  (16, 'Offender otherwise dealt with', 'other-court-disposal'),
  (17, 'Offender ordered to pay compensation', 'compensation'),
  (18, 'Suspect charged as part of another case', 'sentenced-in-another-case'),
  (19, 'Suspect charged', 'charged'),
  (20, 'Defendant found not guilty', 'not-guilty'),
  (21, 'Defendant sent to Crown Court', 'sent-to-crown-court'),
  (22, 'Unable to prosecute suspect', 'unable-to-prosecute'),
  (23, 'Formal action is not in the public interest', 'formal-action-not-in-public-interest'),
  (24, 'Action to be taken by another organisation', 'action-taken-by-another-organisation'),
  (25, 'Further investigation is not in the public interest', 'further-investigation-not-in-public-interest'),
  (26, 'Further action is not in the public interest', 'further-action-not-in-public-interest'),
  (27, 'Under investigation', 'under-investigation'),
  (28, 'Status update unavailable', 'status-update-unavailable');

-- Street-level crime and anti-social behaviour. A row without LSOA code is a crime police.uk could not locate:
-- kept, and counted as "no location" for its force. crime_id is 32 bytes for a 64-hex-char id, otherwise the UTF-8
-- bytes of whatever the force sent; NULL for anti-social behaviour.
CREATE TABLE crime_street (
  force_id SMALLINT NOT NULL,
  crime_type_id SMALLINT NOT NULL,
  last_outcome_id SMALLINT,
  month DATE NOT NULL,
  longitude INT,
  latitude INT,
  lsoa_code TEXT,
  crime_id BYTEA,
  location TEXT,
  context TEXT
);
CREATE INDEX crime_street_force_month ON crime_street (force_id, month);

-- Outcome events (month = month of the outcome); join to crime_street on crime_id.
CREATE TABLE crime_outcome (
  force_id SMALLINT NOT NULL,
  outcome_type_id SMALLINT,
  month DATE NOT NULL,
  longitude INT,
  latitude INT,
  lsoa_code TEXT,
  crime_id BYTEA,
  location TEXT
);
CREATE INDEX crime_outcome_force_month ON crime_outcome (force_id, month);

-- Stop and search. The vocabularies (outcome, ethnicity, legislation, object) are open, so kept as text.
CREATE TABLE crime_stop_search (
  force_id SMALLINT NOT NULL,
  month DATE NOT NULL,
  occurred_at TIMESTAMPTZ NOT NULL,
  longitude INT,
  latitude INT,
  part_of_operation BOOLEAN,
  outcome_linked_to_object BOOLEAN,
  removal_of_more_than_outer_clothing BOOLEAN,
  search_type TEXT NOT NULL,
  operation_name TEXT,
  gender TEXT,
  age_range TEXT,
  self_defined_ethnicity TEXT,
  officer_defined_ethnicity TEXT,
  legislation TEXT,
  object_of_search TEXT,
  outcome TEXT
);
CREATE INDEX crime_stop_search_force_month ON crime_stop_search (force_id, month);

-- The monthly cube of street files, built while importing: statistics are SQL over it. lsoa_code NULL counts the
-- rows police.uk could not locate, so a force's total is always the sum of its cells.
CREATE TABLE crime_cube (
  force_id SMALLINT NOT NULL,
  month DATE NOT NULL,
  crime_type_id SMALLINT NOT NULL,
  lsoa_code TEXT,
  crimes INT NOT NULL CHECK (crimes > 0)
);
CREATE INDEX crime_cube_force_month ON crime_cube (force_id, month);
CREATE INDEX crime_cube_lsoa ON crime_cube (lsoa_code, month);

-- The files stored now: one per (force, month, kind). A newer file for the same key replaces the rows of this one.
CREATE TABLE crime_file (
  force_id SMALLINT NOT NULL REFERENCES crime_force (id),
  month DATE NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
  kind TEXT NOT NULL CHECK (kind IN ('street', 'outcomes', 'stop-and-search')),
  rows INT NOT NULL CHECK (rows >= 0),
  no_location_rows INT NOT NULL CHECK (no_location_rows >= 0),
  file_name TEXT NOT NULL,
  sha256 BYTEA NOT NULL CHECK (length(sha256) = 32),
  import_id BIGINT,
  imported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  imported_by TEXT NOT NULL,
  PRIMARY KEY (force_id, month, kind)
);

-- Imports as jobs: one row per upload, folder or start-up load, with progress while it runs and the outcome.
-- results holds one entry per file (what happened to it); problems the first 50 problems of a failed import.
CREATE TABLE crime_import (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
  source TEXT NOT NULL,
  files_total INT NOT NULL DEFAULT 0,
  files_done INT NOT NULL DEFAULT 0,
  rows_done BIGINT NOT NULL DEFAULT 0,
  results JSONB NOT NULL DEFAULT '[]',
  problems JSONB NOT NULL DEFAULT '[]',
  started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at TIMESTAMPTZ,
  started_by TEXT NOT NULL
);
CREATE INDEX crime_import_started ON crime_import (started_at DESC);
