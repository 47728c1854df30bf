-- Area boundaries as GeoJSON geometries (WGS84), by the vintage of the boundary set (lsoa11, lsoa21, ward22,
-- ltla24, pfa20, ...). Maps are drawn from these vectors: no tile server is needed.
CREATE TABLE geography_boundary (
  vintage TEXT NOT NULL CHECK (vintage ~ '^[a-z]+[0-9]{2}$'),
  area_code CHAR(9) NOT NULL REFERENCES geography_area (code),
  geometry JSONB NOT NULL,
  PRIMARY KEY (vintage, area_code)
);
