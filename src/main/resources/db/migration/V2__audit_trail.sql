-- The audit trail: append-only. The trigger refuses UPDATE and DELETE for every database user,
-- so no code path in SaferPlan (or a mistaken migration) can rewrite history.
CREATE TABLE audit_entry (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor TEXT NOT NULL,
  partnership_id BIGINT,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
  before_values JSONB,
  after_values JSONB
);

CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id, occurred_at DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at DESC);
CREATE INDEX audit_entry_partnership ON audit_entry (partnership_id, occurred_at DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit entries cannot be changed or deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
