// National implementation checklists: one item per provision, every change in a history,
// and a settings table for who is editing on this machine (provenance when files travel).
export default {
  version: 20,
  name: 'assessments',
  sql: /* sql */ `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE assessments (
      id TEXT PRIMARY KEY,
      country TEXT NOT NULL CHECK (length(country) = 2),
      title TEXT NOT NULL,
      date TEXT NOT NULL,
      assessors TEXT NOT NULL DEFAULT '[]',
      organisation TEXT NOT NULL DEFAULT '',
      pack_id TEXT NOT NULL REFERENCES packs(id),
      cloned_from TEXT REFERENCES assessments(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX assessments_by_country ON assessments(country, date);

    CREATE TABLE assessment_items (
      id TEXT PRIMARY KEY,
      assessment_id TEXT NOT NULL REFERENCES assessments(id),
      provision_id TEXT NOT NULL REFERENCES provisions(id),
      result TEXT NOT NULL DEFAULT 'not-assessed'
        CHECK (result IN ('implemented','partial','gap','not-applicable','not-assessed')),
      status TEXT NOT NULL DEFAULT 'to-do' CHECK (status IN ('to-do','in-progress','in-review','done')),
      in_law TEXT CHECK (in_law IN ('yes','partly','no','unknown')),
      in_practice TEXT CHECK (in_practice IN ('yes','partly','no','unknown')),
      citations TEXT NOT NULL DEFAULT '[]',
      evidence TEXT NOT NULL DEFAULT '',
      action_type TEXT CHECK (action_type IN ('amend','new-law','regulation','institutional','training')),
      action TEXT NOT NULL DEFAULT '',
      priority TEXT CHECK (priority IN ('high','medium','low')),
      agency TEXT NOT NULL DEFAULT '',
      target_date TEXT,
      elements TEXT NOT NULL DEFAULT '[]',
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      UNIQUE (assessment_id, provision_id)
    ) STRICT;

    CREATE TABLE assessment_history (
      id INTEGER PRIMARY KEY,
      assessment_id TEXT NOT NULL REFERENCES assessments(id),
      item_id TEXT REFERENCES assessment_items(id),
      batch TEXT NOT NULL,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      field TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT,
      undone INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX history_by_assessment ON assessment_history(assessment_id, id);
    CREATE INDEX history_by_item ON assessment_history(item_id, id);

    -- Search in notes: evidence, actions, agencies and cited laws of every item.
    CREATE VIRTUAL TABLE assessment_notes USING fts5(
      text,
      item_id UNINDEXED,
      assessment_id UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
  `,
};
