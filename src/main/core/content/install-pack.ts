import { createHash } from 'node:crypto';
import type { Pack } from '../../../shared/content/pack';
import { findPackProblems } from '../../../shared/content/pack-integrity';
import { AppError } from '../../../shared/api/envelope';
import { withTransaction, type Db } from '../db/connection';

export function packContentHash(pack: Pack): string {
  return createHash('sha256').update(JSON.stringify(pack)).digest('hex');
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export interface InstallOptions {
  primary?: boolean;
  source: 'bundled' | 'imported';
  /** The key id of the trusted publisher who signed this content; null or absent when unverified. */
  publisher?: string | null;
  /**
   * Called inside the transaction after each article (with its provisions) and each batch of
   * terms, questions and quizzes; a throw from it rolls the whole install back (how a job is
   * cancelled).
   */
  onProgress?: (step: InstallStep, current: number, total: number) => void;
}

export type InstallStep = 'articles' | 'terms' | 'questions' | 'quizzes';

/** Terms, questions and quizzes are reported in batches this size; articles one by one. */
const BATCH = 25;

export interface InstallResult {
  packId: string;
  version: string;
  previousVersion: string | null;
  unchanged: boolean;
  retired: { provisions: number; questions: number; quizzes: number };
}

/** Article numbers of the primary pack of an instrument, for packs that bring only questions. */
function instrumentArticles(db: Db, instrument: string): Set<number> {
  const numbers = db
    .prepare<[string], number>(
      'SELECT a.number FROM articles a JOIN packs p ON p.id = a.pack_id WHERE p.instrument = ? AND p.is_primary = 1',
    )
    .pluck()
    .all(instrument);
  return new Set(numbers);
}

/**
 * Installs a pack, or updates an installed one to a newer version, in one transaction: either
 * all of it is there afterwards, or the database is as it was. Provisions, questions and quizzes
 * an update leaves out are marked retired, never deleted, because user records refer to them.
 */
export function installPack(db: Db, pack: Pack, options: InstallOptions): InstallResult {
  const m = pack.manifest;
  const id = m.id;
  const problems = findPackProblems(pack, {
    instrumentArticles: instrumentArticles(db, m.instrument),
  });
  if (problems.length > 0) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new AppError('VALIDATION', `Pack ${id}: ${problems.slice(0, 5).join('; ')}${more}.`);
  }
  const hash = packContentHash(pack);
  const publisher = options.publisher ?? null;
  const existing = db
    .prepare<
      [string],
      {
        version: string;
        instrument: string;
        content_hash: string;
        is_primary: number;
        publisher: string | null;
      }
    >('SELECT version, instrument, content_hash, is_primary, publisher FROM packs WHERE id = ?')
    .get(id);
  if (existing) {
    if (existing.instrument !== m.instrument) {
      throw new AppError(
        'CONFLICT',
        `A pack with the id ${id} is already installed for another instrument (${existing.instrument}).`,
      );
    }
    const order = compareVersions(m.version, existing.version);
    if (order < 0)
      throw new AppError(
        'CONFLICT',
        `Pack ${id} ${existing.version} is installed, which is newer than ${m.version}.`,
      );
    if (order === 0 && existing.content_hash === hash) {
      return {
        packId: id,
        version: m.version,
        previousVersion: existing.version,
        unchanged: true,
        retired: { provisions: 0, questions: 0, quizzes: 0 },
      };
    }
    if (order === 0)
      throw new AppError(
        'CONFLICT',
        `Pack ${id} ${m.version} is installed with different content; give the new content a higher version.`,
      );
    // Once a publisher has signed a pack, only that publisher may change it: an unsigned file or
    // one signed by someone else cannot replace the content under the same id.
    if (existing.publisher !== null && existing.publisher !== publisher)
      throw new AppError(
        'CONFLICT',
        `Pack ${id} was installed from a signed source; an update must be signed by the same publisher (key ${existing.publisher}), and this file is ${publisher ? `signed by key ${publisher}` : 'not signed'}.`,
      );
    const missing = db
      .prepare<[string], number>('SELECT number FROM articles WHERE pack_id = ?')
      .pluck()
      .all(id)
      .filter((n) => !pack.articles.some((a) => a.number === n));
    if (missing.length)
      throw new AppError(
        'CONFLICT',
        `Pack ${id} ${m.version} leaves out article(s) ${missing.join(', ')}; an update may change articles but not remove them.`,
      );
  }

  const total =
    pack.articles.length +
    pack.articles.reduce((n, a) => n + a.provisions.length, 0) +
    pack.terms.length +
    pack.questions.length +
    pack.quizzes.length;
  let done = 0;
  let sinceReport = 0;
  const tick = (step: InstallStep, count = 1, batch = BATCH) => {
    done += count;
    sinceReport += count;
    if (sinceReport >= batch || done === total) {
      sinceReport = 0;
      options.onProgress?.(step, done, total);
    }
  };
  const now = new Date().toISOString();
  const primary = options.primary ?? (existing ? existing.is_primary === 1 : false);
  const sql = {
    pack: db.prepare(
      `INSERT INTO packs (id, version, language, instrument, title, content_hash, is_primary, license, source, status, publisher, installed_at, updated_at)
       VALUES (@id, @version, @language, @instrument, @title, @hash, @primary, @license, @source, @status, @publisher, @now, @now)
       ON CONFLICT(id) DO UPDATE SET version = @version, language = @language, title = @title, content_hash = @hash,
         is_primary = @primary, license = @license, status = @status, publisher = @publisher, updated_at = @now`,
    ),
    chapter: db.prepare(
      `INSERT INTO chapters (pack_id, number, ordinal, title, first_article, last_article) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(pack_id, number) DO UPDATE SET ordinal = excluded.ordinal, title = excluded.title,
         first_article = excluded.first_article, last_article = excluded.last_article`,
    ),
    article: db.prepare(
      `INSERT INTO articles (pack_id, number, title, chapter, obligation, summary, topics, budapest_article, budapest_note, verification_status, official_text, body)
       VALUES (@pack, @number, @title, @chapter, @obligation, @summary, @topics, @budapestArticle, @budapestNote, @verification, @officialText, @body)
       ON CONFLICT(pack_id, number) DO UPDATE SET title = @title, chapter = @chapter, obligation = @obligation, summary = @summary,
         topics = @topics, budapest_article = @budapestArticle, budapest_note = @budapestNote, verification_status = @verification,
         official_text = @officialText, body = @body`,
    ),
    link: db.prepare(
      `INSERT OR IGNORE INTO article_links (pack_id, from_number, to_number) VALUES (?, ?, ?)`,
    ),
    provision: db.prepare(
      `INSERT INTO provisions (id, pack_id, article_number, ordinal, paragraph, text, level, needs, elements, flexibility, retired)
       VALUES (@id, @pack, @article, @ordinal, @paragraph, @text, @level, @needs, @elements, @flexibility, 0)
       ON CONFLICT(id) DO UPDATE SET article_number = @article, ordinal = @ordinal, paragraph = @paragraph, text = @text,
         level = @level, needs = @needs, elements = @elements, flexibility = @flexibility, retired = 0`,
    ),
    term: db.prepare(
      `INSERT INTO terms (id, pack_id, term, definition, article_number) VALUES (?, ?, ?, ?, ?)`,
    ),
    usage: db.prepare(`INSERT OR IGNORE INTO term_usages (term_id, article_number) VALUES (?, ?)`),
    question: db.prepare(
      `INSERT INTO questions (id, pack_id, type, difficulty, audiences, body, retired) VALUES (@id, @pack, @type, @difficulty, @audiences, @body, 0)
       ON CONFLICT(id) DO UPDATE SET type = @type, difficulty = @difficulty, audiences = @audiences, body = @body, retired = 0`,
    ),
    questionArticle: db.prepare(
      `INSERT OR IGNORE INTO question_articles (question_id, article_number) VALUES (?, ?)`,
    ),
    quiz: db.prepare(
      `INSERT INTO quizzes (id, pack_id, title, kind, description, retired) VALUES (@id, @pack, @title, @kind, @description, 0)
       ON CONFLICT(id) DO UPDATE SET title = @title, kind = @kind, description = @description, retired = 0`,
    ),
    quizQuestion: db.prepare(
      `INSERT INTO quiz_questions (quiz_id, position, question_id) VALUES (?, ?, ?)`,
    ),
    search: db.prepare(
      `INSERT INTO search_index (title, body, kind, ref, article_number, pack_id) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
  };

  return withTransaction(db, () => {
    if (primary)
      db.prepare('UPDATE packs SET is_primary = 0 WHERE instrument = ? AND id <> ?').run(
        m.instrument,
        id,
      );
    sql.pack.run({
      id,
      version: m.version,
      language: m.language,
      instrument: m.instrument,
      title: m.title,
      hash,
      primary: primary ? 1 : 0,
      license: m.license,
      source: options.source,
      status: m.status ? JSON.stringify(m.status) : null,
      publisher,
      now,
    });
    // Rows nothing outside the pack refers to are rebuilt; the rest are updated in place.
    db.prepare('DELETE FROM search_index WHERE pack_id = ?').run(id);
    db.prepare('DELETE FROM article_links WHERE pack_id = ?').run(id);
    db.prepare(
      'DELETE FROM term_usages WHERE term_id IN (SELECT id FROM terms WHERE pack_id = ?)',
    ).run(id);
    db.prepare('DELETE FROM terms WHERE pack_id = ?').run(id);
    db.prepare(
      'DELETE FROM question_articles WHERE question_id IN (SELECT id FROM questions WHERE pack_id = ?)',
    ).run(id);
    db.prepare(
      'DELETE FROM quiz_questions WHERE quiz_id IN (SELECT id FROM quizzes WHERE pack_id = ?)',
    ).run(id);

    pack.chapters.forEach((c, i) =>
      sql.chapter.run(id, c.number, i + 1, c.title, c.firstArticle, c.lastArticle),
    );
    for (const a of pack.articles) {
      const { provisions, ...body } = a;
      sql.article.run({
        pack: id,
        number: a.number,
        title: a.title,
        chapter: a.chapter,
        obligation: a.obligation,
        summary: a.summary,
        topics: JSON.stringify(a.topics),
        budapestArticle: a.budapest?.article ?? null,
        budapestNote: a.budapest?.note ?? a.budapestNote ?? null,
        verification: a.verification.status,
        officialText: a.officialText ?? null,
        body: JSON.stringify(body),
      });
      const budapest = a.budapest ? `Budapest Convention article ${a.budapest.article}` : '';
      sql.search.run(
        `Article ${a.number}. ${a.title}`,
        [a.summary, a.topics.join(', '), budapest].join('\n'),
        'article',
        `${id}.art${a.number}`,
        a.number,
        id,
      );
      provisions.forEach((p, i) => {
        sql.provision.run({
          id: p.id,
          pack: id,
          article: a.number,
          ordinal: i + 1,
          paragraph: p.paragraph,
          text: p.text,
          level: p.level,
          needs: p.needs,
          elements: JSON.stringify(p.elements),
          flexibility: p.flexibility ?? null,
        });
        sql.search.run(
          `Article ${a.number}(${p.paragraph}). ${a.title}`,
          [p.text, p.elements.join('; '), p.flexibility ?? ''].join('\n'),
          'provision',
          p.id,
          a.number,
          id,
        );
      });
      tick('articles', 1 + provisions.length, 1);
    }
    for (const a of pack.articles) for (const to of a.related) sql.link.run(id, a.number, to);
    for (const t of pack.terms) {
      sql.term.run(t.id, id, t.term, t.definition, t.article);
      for (const n of new Set([t.article, ...t.usedIn])) sql.usage.run(t.id, n);
      sql.search.run(t.term, t.definition, 'term', t.id, t.article, id);
      tick('terms');
    }
    for (const q of pack.questions) {
      sql.question.run({
        id: q.id,
        pack: id,
        type: q.type,
        difficulty: q.difficulty,
        audiences: JSON.stringify(q.audiences),
        body: JSON.stringify(q),
      });
      for (const n of q.articles) sql.questionArticle.run(q.id, n);
      const text = [
        q.scenario ?? '',
        q.prompt,
        ...q.options.map((o) => o.text),
        ...q.pairs.map((p) => `${p.left} ${p.right}`),
        q.explanation,
      ].join('\n');
      sql.search.run(
        `Question on article ${q.articles.join(', ')}`,
        text,
        'question',
        q.id,
        q.articles[0]!,
        id,
      );
      tick('questions');
    }
    for (const quiz of pack.quizzes) {
      sql.quiz.run({
        id: quiz.id,
        pack: id,
        title: quiz.title,
        kind: quiz.kind,
        description: quiz.description ?? null,
      });
      quiz.questions.forEach((q, i) => sql.quizQuestion.run(quiz.id, i + 1, q));
      tick('quizzes');
    }
    const retire = (table: string, ids: string[]) => {
      const keep = new Set(ids);
      const current = db
        .prepare<[string], string>(`SELECT id FROM ${table} WHERE pack_id = ? AND retired = 0`)
        .pluck()
        .all(id);
      const gone = current.filter((x) => !keep.has(x));
      const mark = db.prepare(`UPDATE ${table} SET retired = 1 WHERE id = ?`);
      for (const x of gone) mark.run(x);
      return gone.length;
    };
    const retired = {
      provisions: retire(
        'provisions',
        pack.articles.flatMap((a) => a.provisions.map((p) => p.id)),
      ),
      questions: retire(
        'questions',
        pack.questions.map((q) => q.id),
      ),
      quizzes: retire(
        'quizzes',
        pack.quizzes.map((q) => q.id),
      ),
    };
    return {
      packId: id,
      version: m.version,
      previousVersion: existing?.version ?? null,
      unchanged: false,
      retired,
    };
  });
}
