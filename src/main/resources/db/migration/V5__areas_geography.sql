-- ONS geography, shared by every partnership: areas by GSS code, the lookups between them, populations.
CREATE TABLE geography_area (
  code CHAR(9) PRIMARY KEY CHECK (code ~ '^[EWSN][0-9]{8}$'),
  -- An LSOA keeps its code from 2011 to 2021 when unchanged, so one row serves both vintages; the lookups say which.
  kind TEXT NOT NULL CHECK (kind IN ('LSOA', 'WARD', 'LOCAL_AUTHORITY', 'CSP', 'POLICE_FORCE_AREA')),
  name TEXT NOT NULL
);
CREATE INDEX geography_area_kind ON geography_area (kind, name);

-- Child-to-parent links, named by the ONS lookup that gave them (an LSOA 2011 sits in a 2019 and in a 2021
-- authority; Bournemouth, Christchurch and Poole sits in three CSPs), so links are many-to-many by design.
CREATE TABLE geography_link (
  lookup TEXT NOT NULL,
  child_code CHAR(9) NOT NULL REFERENCES geography_area (code),
  parent_code CHAR(9) NOT NULL REFERENCES geography_area (code),
  PRIMARY KEY (lookup, child_code, parent_code)
);
CREATE INDEX geography_link_parent ON geography_link (lookup, parent_code);

-- LSOA 2011 to LSOA 2021 best fit, with the ONS change code: U unchanged, S split, M merged, X irregular.
CREATE TABLE lsoa_best_fit (
  lsoa11_code CHAR(9) NOT NULL REFERENCES geography_area (code),
  lsoa21_code CHAR(9) NOT NULL REFERENCES geography_area (code),
  change_code CHAR(1) NOT NULL CHECK (change_code IN ('U', 'S', 'M', 'X')),
  PRIMARY KEY (lsoa11_code, lsoa21_code)
);

-- Mid-year population estimates (ONS), by area and year.
CREATE TABLE population_estimate (
  area_code CHAR(9) NOT NULL REFERENCES geography_area (code),
  year SMALLINT NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  population INT NOT NULL CHECK (population >= 0),
  PRIMARY KEY (area_code, year)
);

-- What has been loaded: one row per import of one file.
CREATE TABLE geography_import (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_name TEXT NOT NULL,
  layout TEXT NOT NULL,
  year SMALLINT,
  rows INT NOT NULL,
  imported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  imported_by TEXT NOT NULL
);
