-- Partnerships (the tenants) and partner organisations, shared across partnerships.
CREATE TABLE partnership (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A partnership's area is its set of local authorities (ONS GSS codes), so its set of LSOAs.
CREATE TABLE partnership_area (
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  local_authority_code CHAR(9) NOT NULL CHECK (local_authority_code ~ '^[EWSN][0-9]{8}$'),
  PRIMARY KEY (partnership_id, local_authority_code)
);

CREATE TABLE organisation (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One organisation can be a partner in several partnerships. A board member sits on the CSP itself;
-- a contributing partner works with it (the seed's "many other partners ... also contribute").
CREATE TABLE partnership_organisation (
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  membership TEXT NOT NULL CHECK (membership IN ('BOARD_MEMBER', 'CONTRIBUTING_PARTNER')),
  PRIMARY KEY (partnership_id, organisation_id)
);
