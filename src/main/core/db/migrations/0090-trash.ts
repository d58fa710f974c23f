// The trash: a deleted workshop, checklist or register entry is kept here, whole, for 30 days.
// Its rows leave the live tables (so lists, statistics, the heat map and reports need no filter)
// and are stored as JSON, table by table, so restoring puts back exactly what was deleted.
export default {
  version: 90,
  name: 'trash',
  sql: /* sql */ `
    CREATE TABLE trash (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('workshop','checklist','participant')),
      ref_id TEXT NOT NULL,
      title TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '',
      rows TEXT NOT NULL,
      deleted_at TEXT NOT NULL,
      deleted_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX trash_by_date ON trash(deleted_at);
  `,
};
