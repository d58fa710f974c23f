// Translation packs (docs/CONTENT-PACKS.md, Translations): the words of a base pack in another
// language, item by item and field by field, so every read can fall back to the base text for
// whatever a translation leaves out. Search gets one FTS5 index per tokenizer: unicode61 with
// remove_diacritics 2 (Vietnamese letters carry two marks, "ậ"), and trigram for scripts
// without spaces between words (Chinese, Japanese), where a substring is what a reader types.

export default {
  version: 120,
  name: 'translations',
  sql: /* sql */ `
    CREATE TABLE translation_packs (
      id TEXT PRIMARY KEY,
      base_pack_id TEXT NOT NULL,
      base_version TEXT NOT NULL,
      language TEXT NOT NULL,
      version TEXT NOT NULL,
      title TEXT NOT NULL,
      official INTEGER NOT NULL CHECK (official IN (0, 1)),
      source TEXT NOT NULL CHECK (source IN ('bundled', 'imported')),
      installed_at TEXT NOT NULL,
      UNIQUE (base_pack_id, language)
    );

    CREATE TABLE translated_texts (
      base_pack_id TEXT NOT NULL,
      language TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('chapter', 'article', 'provision', 'term', 'question', 'quiz')),
      item_id TEXT NOT NULL,
      field TEXT NOT NULL,
      text TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('official', 'unofficial')),
      review TEXT NOT NULL CHECK (review IN ('awaiting review', 'reviewed')),
      PRIMARY KEY (base_pack_id, language, kind, item_id, field)
    ) WITHOUT ROWID;

    CREATE VIRTUAL TABLE translation_search USING fts5(
      title, body, language UNINDEXED, kind UNINDEXED, ref UNINDEXED,
      article_number UNINDEXED, pack_id UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE VIRTUAL TABLE translation_search_cjk USING fts5(
      title, body, language UNINDEXED, kind UNINDEXED, ref UNINDEXED,
      article_number UNINDEXED, pack_id UNINDEXED,
      tokenize = 'trigram'
    );
  `,
};
