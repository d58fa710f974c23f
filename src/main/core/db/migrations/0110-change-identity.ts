// Change identity for sync through a regional hub (docs/HUB.md): every history row becomes a
// change with a random id, the change it was made on top of, and where it came from. Items are
// named across machines by (checklist, provision), so each row also keeps its provision id —
// a change pulled for a provision this machine's pack lacks keeps it with item_id NULL.

/** A random version-4 UUID in SQL: each randomblob() is drawn anew for every row. */
const UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/** Undo and redo rows travel as plain edits of their field. */
const plain = (f: string) =>
  `CASE WHEN ${f} LIKE 'undo:%' OR ${f} LIKE 'redo:%' THEN substr(${f}, 6) ELSE ${f} END`;

export default {
  version: 110,
  name: 'change-identity',
  sql: /* sql */ `
    ALTER TABLE assessment_history ADD COLUMN change_id TEXT;
    ALTER TABLE assessment_history ADD COLUMN base_change_id TEXT;
    ALTER TABLE assessment_history ADD COLUMN provision_id TEXT;
    ALTER TABLE assessment_history ADD COLUMN resolves TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE assessment_history ADD COLUMN origin TEXT NOT NULL DEFAULT 'local'
      CHECK (origin IN ('local', 'hub', 'file'));
    ALTER TABLE assessment_history ADD COLUMN hub_seq INTEGER;
    ALTER TABLE assessment_history ADD COLUMN organisation TEXT;
    ALTER TABLE assessment_history ADD COLUMN device TEXT;
    ALTER TABLE assessment_history ADD COLUMN hub_time TEXT;

    UPDATE assessment_history SET
      change_id = ${UUID},
      provision_id = (SELECT i.provision_id FROM assessment_items i WHERE i.id = item_id);

    -- Each (item, field) chain in id order: a row was made on top of the one before it.
    UPDATE assessment_history AS h SET base_change_id = (
      SELECT p.change_id FROM assessment_history p
      WHERE p.item_id = h.item_id AND ${plain('p.field')} = ${plain('h.field')} AND p.id < h.id
      ORDER BY p.id DESC LIMIT 1)
    WHERE h.item_id IS NOT NULL;

    CREATE UNIQUE INDEX history_by_change ON assessment_history(change_id);
    CREATE INDEX history_by_field ON assessment_history(assessment_id, provision_id, field);
    CREATE INDEX history_unsent ON assessment_history(id) WHERE hub_seq IS NULL AND origin = 'local';

    -- Rows written by code that does not name a change (imports, creation records) get an id
    -- and their item's provision here, so no history row is ever without one.
    CREATE TRIGGER history_change_identity AFTER INSERT ON assessment_history
    WHEN NEW.change_id IS NULL
    BEGIN
      UPDATE assessment_history SET
        change_id = ${UUID},
        provision_id = coalesce(NEW.provision_id,
          (SELECT i.provision_id FROM assessment_items i WHERE i.id = NEW.item_id))
      WHERE id = NEW.id;
    END;

    -- Changes pulled for a checklist this machine cannot hold yet (its header has not arrived):
    -- kept here, never dropped, and moved into the history once it can.
    CREATE TABLE sync_held (
      change_id TEXT PRIMARY KEY,
      checklist_id TEXT NOT NULL,
      hub_seq INTEGER NOT NULL,
      body TEXT NOT NULL
    ) STRICT;
  `,
};
