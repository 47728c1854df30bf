-- Performance: an indicator may take its values from another module (crime statistics, survey results, partner
-- datasets) instead of having them typed in. The feed key names what is taken (e.g. "crime-count:Burglary"); the
-- values themselves are still stored in performance_value, so charts, packs and frozen packs work as for any
-- indicator, and a refresh replaces them in one transaction.
CREATE TABLE performance_indicator_feed (
  indicator_id BIGINT PRIMARY KEY REFERENCES performance_indicator (id) ON DELETE CASCADE,
  feed_key TEXT NOT NULL CHECK (feed_key <> ''),
  label TEXT NOT NULL,
  source_note TEXT NOT NULL DEFAULT '',
  refreshed_at TIMESTAMPTZ,
  refreshed_by TEXT
);
