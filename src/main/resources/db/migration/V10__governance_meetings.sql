-- Governance: the partnership's groups (its strategic board and the Partnership Co-ordinating Groups that feed
-- into it), their members, meetings, decisions and the action log. Every row hangs off a group, which belongs to
-- one partnership, so every id in a URL is checked against the partnership through its group.
CREATE TABLE governance_group (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('BOARD', 'PCG', 'OTHER')),
  parent_id BIGINT REFERENCES governance_group (id),
  terms_of_reference TEXT NOT NULL DEFAULT '',
  CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE UNIQUE INDEX governance_group_name ON governance_group (partnership_id, lower(name));

-- A member who leaves keeps their row, with the date they left, so past attendance still names them.
CREATE TABLE group_member (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id BIGINT NOT NULL REFERENCES governance_group (id) ON DELETE CASCADE,
  person_name TEXT NOT NULL CHECK (person_name <> ''),
  organisation_id BIGINT REFERENCES organisation (id),
  role TEXT NOT NULL DEFAULT '',
  elected_member BOOLEAN NOT NULL DEFAULT FALSE,
  from_date DATE,
  to_date DATE,
  CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
);

-- Meeting times are local (UK) wall-clock times, as written on an agenda.
CREATE TABLE meeting (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id BIGINT NOT NULL REFERENCES governance_group (id) ON DELETE CASCADE,
  starts_at TIMESTAMP NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('ORDINARY', 'ANNUAL_PUBLIC_MEETING')),
  status TEXT NOT NULL CHECK (status IN ('PLANNED', 'HELD'))
);

CREATE INDEX meeting_group ON meeting (group_id, starts_at);

CREATE TABLE meeting_attendance (
  meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES group_member (id) ON DELETE CASCADE,
  attendance TEXT NOT NULL CHECK (attendance IN ('PRESENT', 'APOLOGIES')),
  PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE agenda_item (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position INT NOT NULL,
  text TEXT NOT NULL CHECK (text <> '')
);

CREATE TABLE decision (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  agenda_item_id BIGINT REFERENCES agenda_item (id) ON DELETE SET NULL,
  text TEXT NOT NULL CHECK (text <> ''),
  recorded_by TEXT NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- An action is raised at one meeting; its status is its latest update's. Updates are recorded with the meeting
-- (the same one or a later one of the same group) at which the partnership reviewed it.
CREATE TABLE action_item (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  owner_person TEXT NOT NULL DEFAULT '',
  owner_organisation_id BIGINT REFERENCES organisation (id),
  due_on DATE,
  status TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
  raised_by TEXT NOT NULL,
  raised_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX action_item_open ON action_item (status, due_on);

CREATE TABLE action_update (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action_id BIGINT NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
  meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
