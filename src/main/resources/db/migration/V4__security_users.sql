CREATE TABLE app_user (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  administrator BOOLEAN NOT NULL DEFAULT FALSE,
  demo_only BOOLEAN NOT NULL DEFAULT FALSE,
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A person's role in each partnership they belong to, and the organisation they work for there.
CREATE TABLE user_membership (
  user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('PARTNER_OFFICER', 'ANALYST', 'COORDINATOR')),
  organisation_id BIGINT REFERENCES organisation (id),
  PRIMARY KEY (user_id, partnership_id)
);

-- Personal API tokens for scripted access to /api/v1. Only a SHA-256 of the token is stored.
CREATE TABLE api_token (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash CHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_used_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ
);

-- Failed sign-ins per username, shared by every node, for throttling.
CREATE TABLE sign_in_throttle (
  username TEXT PRIMARY KEY,
  failures INT NOT NULL,
  last_failure_at TIMESTAMPTZ NOT NULL,
  locked_until TIMESTAMPTZ
);
