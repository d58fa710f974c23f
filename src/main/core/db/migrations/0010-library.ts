// The convention library: packs and their content, plus one FTS5 index over everything
// a trainer may search for. Articles are keyed by pack so a translation or another
// instrument can sit beside the bundled convention later.
export default {
  version: 10,
  name: 'library',
  sql: /* sql */ `
    CREATE TABLE packs (
      id TEXT PRIMARY KEY,
      version TEXT NOT NULL,
      language TEXT NOT NULL,
      instrument TEXT NOT NULL,
      title TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      is_primary INTEGER NOT NULL DEFAULT 0,
      license TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT 'bundled',
      installed_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE chapters (
      pack_id TEXT NOT NULL REFERENCES packs(id),
      number TEXT NOT NULL,
      ordinal INTEGER NOT NULL,
      title TEXT NOT NULL,
      first_article INTEGER NOT NULL,
      last_article INTEGER NOT NULL,
      PRIMARY KEY (pack_id, number)
    ) STRICT;

    CREATE TABLE articles (
      pack_id TEXT NOT NULL REFERENCES packs(id),
      number INTEGER NOT NULL,
      title TEXT NOT NULL,
      chapter TEXT NOT NULL,
      obligation TEXT NOT NULL CHECK (obligation IN ('mandatory','optional','mixed','institutional')),
      summary TEXT NOT NULL,
      topics TEXT NOT NULL DEFAULT '[]',
      budapest_article INTEGER,
      budapest_note TEXT,
      verification_status TEXT NOT NULL CHECK (verification_status IN ('text-read','partly-read','not-read')),
      official_text TEXT,
      -- the article as authored (sources, title basis, reviewer notes…) so a pack can be exported whole
      body TEXT NOT NULL,
      PRIMARY KEY (pack_id, number),
      FOREIGN KEY (pack_id, chapter) REFERENCES chapters(pack_id, number)
    ) STRICT;

    CREATE TABLE article_links (
      pack_id TEXT NOT NULL,
      from_number INTEGER NOT NULL,
      to_number INTEGER NOT NULL,
      PRIMARY KEY (pack_id, from_number, to_number),
      FOREIGN KEY (pack_id, from_number) REFERENCES articles(pack_id, number),
      FOREIGN KEY (pack_id, to_number) REFERENCES articles(pack_id, number)
    ) STRICT;

    CREATE TABLE provisions (
      id TEXT PRIMARY KEY,
      pack_id TEXT NOT NULL,
      article_number INTEGER NOT NULL,
      ordinal INTEGER NOT NULL,
      paragraph TEXT NOT NULL,
      text TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('mandatory','optional')),
      needs TEXT NOT NULL CHECK (needs IN ('domestic-law','other-measure','none')),
      elements TEXT NOT NULL DEFAULT '[]',
      flexibility TEXT,
      retired INTEGER NOT NULL DEFAULT 0,
      FOREIGN KEY (pack_id, article_number) REFERENCES articles(pack_id, number)
    ) STRICT;
    CREATE INDEX provisions_by_article ON provisions(pack_id, article_number, ordinal);

    CREATE TABLE terms (
      id TEXT PRIMARY KEY,
      pack_id TEXT NOT NULL REFERENCES packs(id),
      term TEXT NOT NULL,
      definition TEXT NOT NULL,
      article_number INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE term_usages (
      term_id TEXT NOT NULL REFERENCES terms(id),
      article_number INTEGER NOT NULL,
      PRIMARY KEY (term_id, article_number)
    ) STRICT;
    CREATE INDEX term_usages_by_article ON term_usages(article_number);

    -- Questions keep their whole definition as JSON (options, answer key, explanations);
    -- what the quiz builder filters on is in columns. Retired, never deleted: attempts refer to them.
    CREATE TABLE questions (
      id TEXT PRIMARY KEY,
      pack_id TEXT NOT NULL REFERENCES packs(id),
      type TEXT NOT NULL,
      difficulty TEXT NOT NULL,
      audiences TEXT NOT NULL,
      body TEXT NOT NULL,
      retired INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE question_articles (
      question_id TEXT NOT NULL REFERENCES questions(id),
      article_number INTEGER NOT NULL,
      PRIMARY KEY (question_id, article_number)
    ) STRICT;
    CREATE INDEX question_articles_by_article ON question_articles(article_number);

    CREATE TABLE quizzes (
      id TEXT PRIMARY KEY,
      pack_id TEXT NOT NULL REFERENCES packs(id),
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      description TEXT,
      retired INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE quiz_questions (
      quiz_id TEXT NOT NULL REFERENCES quizzes(id),
      position INTEGER NOT NULL,
      question_id TEXT NOT NULL REFERENCES questions(id),
      PRIMARY KEY (quiz_id, position)
    ) STRICT;

    CREATE VIRTUAL TABLE search_index USING fts5(
      title,
      body,
      kind UNINDEXED,
      ref UNINDEXED,
      article_number UNINDEXED,
      pack_id UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
  `,
};
