-- Performance packs: for a meeting of a governance group, a snapshot of the partnership's performance (indicators
-- with their Making Data Count charts, evidence notes and action progress since the group's previous meeting),
-- generated at a point in time and stored, so the pack the meeting saw can be read again unchanged however the data
-- moves on. Until the meeting is held the pack may be generated again (the row is replaced); once it is held the
-- service refuses to regenerate it.
--
-- figures: the pack's view model as JSON (what the page renders); html: the printable document rendered from it at
-- the same moment, served as it was stored.
CREATE TABLE performance_pack (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  meeting_id BIGINT NOT NULL UNIQUE REFERENCES meeting (id) ON DELETE CASCADE,
  group_id BIGINT NOT NULL,
  generated_at TIMESTAMPTZ NOT NULL,
  generated_by TEXT NOT NULL,
  since DATE,
  exceptions INTEGER NOT NULL CHECK (exceptions >= 0),
  figures JSONB NOT NULL,
  html TEXT NOT NULL
);

CREATE INDEX performance_pack_group ON performance_pack (partnership_id, group_id, generated_at DESC);

-- Demo updates are illustrative like demo indicators, and are labelled so wherever they show.
ALTER TABLE performance_activity_update ADD COLUMN illustrative BOOLEAN NOT NULL DEFAULT false;
