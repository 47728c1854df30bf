-- Area statistics read the monthly cube by LSOA (the partnership's few hundred LSOAs, every month and type):
-- with the counted columns in the index they are answered from the index alone (index-only scan; the rows of bulk
-- imports are written frozen, so they are all-visible at once), not from cube rows scattered over the table.
-- Bulk imports (PoliceUkImporter) load into tables of their own that inherit crime_street, crime_cube, ... and
-- build the same indexes on them after the load.
DROP INDEX crime_cube_lsoa;
CREATE INDEX crime_cube_lsoa ON crime_cube (lsoa_code, month) INCLUDE (crime_type_id, force_id, crimes);
