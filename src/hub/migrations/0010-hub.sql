-- The regional hub. Tables belong to the cluster's superuser; the HTTP server connects as
-- hub_app, which owns nothing, so row-level security applies to every row it reads or writes.
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hub_app') THEN
    CREATE ROLE hub_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO hub_app;

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A device's token is shown once; only its SHA-256 is kept.
CREATE TABLE devices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE admin_tokens (
  token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Which organisation may read (or read and write) which checklist.
CREATE TABLE grants (
  org_id uuid NOT NULL REFERENCES organisations(id),
  checklist_id text NOT NULL,
  access text NOT NULL CHECK (access IN ('read', 'write')),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, checklist_id)
);
CREATE INDEX grants_by_checklist ON grants (checklist_id);

-- The change log: append-only. hub_seq is drawn while the pushing transaction holds the push
-- lock (see store.ts), so sequences commit in order and a pull cursor never skips a row.
CREATE SEQUENCE change_seq;
CREATE TABLE changes (
  hub_seq bigint PRIMARY KEY,
  change_id uuid NOT NULL UNIQUE,
  base_change_id uuid,
  checklist_id text NOT NULL,
  provision_id text NOT NULL,            -- '' for a checklist header field
  field text NOT NULL,
  old_value text,
  new_value text,
  resolves uuid[] NOT NULL DEFAULT '{}', -- a decision names the changes it settles
  actor text NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  organisation text NOT NULL,
  device_id uuid NOT NULL REFERENCES devices(id),
  device text NOT NULL,
  client_time text NOT NULL,
  hub_time timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_by_field ON changes (checklist_id, provision_id, field);

CREATE FUNCTION hub_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the change log is append-only';
END $$;
CREATE TRIGGER changes_append_only BEFORE UPDATE OR DELETE ON changes
  FOR EACH ROW EXECUTE FUNCTION hub_append_only();
CREATE TRIGGER changes_no_truncate BEFORE TRUNCATE ON changes
  FOR EACH STATEMENT EXECUTE FUNCTION hub_append_only();

-- What each field holds now (change_id null: its initial value) and what competes for it.
CREATE TABLE field_values (
  checklist_id text NOT NULL,
  provision_id text NOT NULL,
  field text NOT NULL,
  change_id uuid,
  value text,
  conflict_ids uuid[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (checklist_id, provision_id, field)
);
CREATE INDEX field_values_contested ON field_values (checklist_id) WHERE cardinality(conflict_ids) > 0;

-- The organisation of the current transaction, set by the server with set_config(…, true).
CREATE FUNCTION hub_org() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.org', true), '')::uuid
$$;
ALTER TABLE grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY grants_own ON grants FOR SELECT TO hub_app USING (org_id = hub_org());

ALTER TABLE changes ENABLE ROW LEVEL SECURITY;
-- Written as IN (subquery) rather than a per-row function: PostgreSQL evaluates the grants once
-- per statement as a hashed set, so filtering 20,000 rows costs 20,000 hash probes.
CREATE POLICY changes_read ON changes FOR SELECT TO hub_app
  USING (checklist_id IN (SELECT g.checklist_id FROM grants g WHERE g.org_id = hub_org()));
CREATE POLICY changes_write ON changes FOR INSERT TO hub_app
  WITH CHECK (org_id = hub_org() AND checklist_id IN (
    SELECT g.checklist_id FROM grants g WHERE g.org_id = hub_org() AND g.access = 'write'));

ALTER TABLE field_values ENABLE ROW LEVEL SECURITY;
CREATE POLICY values_read ON field_values FOR SELECT TO hub_app
  USING (checklist_id IN (SELECT g.checklist_id FROM grants g WHERE g.org_id = hub_org()));
CREATE POLICY values_insert ON field_values FOR INSERT TO hub_app
  WITH CHECK (checklist_id IN (
    SELECT g.checklist_id FROM grants g WHERE g.org_id = hub_org() AND g.access = 'write'));
CREATE POLICY values_update ON field_values FOR UPDATE TO hub_app
  USING (checklist_id IN (
    SELECT g.checklist_id FROM grants g WHERE g.org_id = hub_org() AND g.access = 'write'))
  WITH CHECK (checklist_id IN (
    SELECT g.checklist_id FROM grants g WHERE g.org_id = hub_org() AND g.access = 'write'));

GRANT SELECT, INSERT ON changes TO hub_app;
GRANT SELECT, INSERT, UPDATE ON field_values TO hub_app;
GRANT SELECT ON grants TO hub_app;
GRANT USAGE ON SEQUENCE change_seq TO hub_app;

-- The few things hub_app may learn outside its organisation's rows, each through one function.
CREATE FUNCTION hub_device(hash bytea)
RETURNS TABLE (device_id uuid, device text, org_id uuid, organisation text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT d.id, d.name, o.id, o.name FROM devices d JOIN organisations o ON o.id = d.org_id
  WHERE d.token_hash = hash AND d.revoked_at IS NULL
$$;

-- The first organisation to push a checklist nobody holds becomes its writer.
CREATE FUNCTION hub_claim(checklists text[]) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  INSERT INTO grants (org_id, checklist_id, access)
  SELECT hub_org(), c, 'write' FROM unnest(checklists) AS c
  WHERE hub_org() IS NOT NULL AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.checklist_id = c)
  ON CONFLICT DO NOTHING
$$;

-- The admin page's view of every checklist, only for a valid admin token.
CREATE FUNCTION hub_overview(admin_hash bytea)
RETURNS TABLE (checklist_id text, provision_id text, field text, value text, conflicts int,
               updated_at timestamptz, organisations text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT v.checklist_id, v.provision_id, v.field, v.value, cardinality(v.conflict_ids),
         v.updated_at,
         (SELECT string_agg(o.name || ' (' || g.access || ')', ', ' ORDER BY o.name)
            FROM grants g JOIN organisations o ON o.id = g.org_id
           WHERE g.checklist_id = v.checklist_id)
  FROM field_values v
  WHERE EXISTS (SELECT 1 FROM admin_tokens t WHERE t.token_hash = admin_hash)
    AND (v.provision_id = '' OR v.field = 'result' OR cardinality(v.conflict_ids) > 0)
$$;

REVOKE ALL ON FUNCTION hub_device(bytea), hub_claim(text[]), hub_overview(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub_device(bytea), hub_claim(text[]), hub_overview(bytea) TO hub_app;

CREATE FUNCTION hub_admin_valid(admin_hash bytea) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM admin_tokens WHERE token_hash = admin_hash)
$$;
REVOKE ALL ON FUNCTION hub_admin_valid(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub_admin_valid(bytea) TO hub_app;
