import type { ArticleSource, Pack, PackStatus, QuestionSource } from '../../../shared/content/pack';
import type { PackSummary, Question, QuizSummary } from '../../../shared/domain/packs';
import { AppError } from '../../../shared/api/envelope';
import type { Db } from '../db/connection';

interface PackRow {
  id: string;
  version: string;
  language: string;
  instrument: string;
  title: string;
  license: string;
  source: 'bundled' | 'imported';
  publisher: string | null;
  is_primary: number;
  status: string | null;
  installed_at: string;
  updated_at: string;
}

export interface QuestionFilter {
  articles?: number[] | undefined;
  chapter?: string | undefined;
  type?: string | undefined;
  difficulty?: string | undefined;
  audience?: string | undefined;
  limit: number;
}

const statusOf = (row: PackRow): PackStatus | null =>
  row.status === null ? null : (JSON.parse(row.status) as PackStatus);

/** Reads installed packs back: the list, whole packs for export, questions and quizzes. */
export function createPackRepository(db: Db, publisherName: (keyId: string) => string) {
  const count = (table: string, where = 'pack_id = ?') =>
    db.prepare<[string], number>(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck();
  const counts = {
    articles: count('articles'),
    provisions: count('provisions', 'pack_id = ? AND retired = 0'),
    terms: count('terms'),
    questions: count('questions', 'pack_id = ? AND retired = 0'),
    quizzes: count('quizzes', 'pack_id = ? AND retired = 0'),
  };
  const toSummary = (row: PackRow): PackSummary => ({
    id: row.id,
    version: row.version,
    language: row.language,
    instrument: row.instrument,
    title: row.title,
    license: row.license,
    source: row.source,
    verified: row.publisher !== null,
    publisher: row.publisher === null ? null : publisherName(row.publisher),
    isPrimary: row.is_primary === 1,
    status: statusOf(row),
    installedAt: row.installed_at,
    updatedAt: row.updated_at,
    counts: {
      articles: counts.articles.get(row.id)!,
      provisions: counts.provisions.get(row.id)!,
      terms: counts.terms.get(row.id)!,
      questions: counts.questions.get(row.id)!,
      quizzes: counts.quizzes.get(row.id)!,
    },
  });

  function get(id: string): PackRow {
    const row = db.prepare<[string], PackRow>('SELECT * FROM packs WHERE id = ?').get(id);
    if (!row) throw new AppError('NOT_FOUND', `There is no installed pack ${id}.`);
    return row;
  }

  return {
    list: (): PackSummary[] =>
      db
        .prepare<[], PackRow>('SELECT * FROM packs ORDER BY is_primary DESC, title')
        .all()
        .map(toSummary),

    summary: (id: string): PackSummary => toSummary(get(id)),

    primaryInstrument(): { id: string; instrument: string; language: string } {
      const row = db
        .prepare<[], { id: string; instrument: string; language: string }>(
          'SELECT id, instrument, language FROM packs WHERE is_primary = 1 ORDER BY id LIMIT 1',
        )
        .get();
      if (!row) throw new AppError('NOT_FOUND', 'No convention content is installed.');
      return row;
    },

    /** The pack as it was installed (retired content left out), ready to write as a file. */
    read(id: string): Pack {
      const row = get(id);
      const provisions = db.prepare<
        [string, number],
        {
          id: string;
          paragraph: string;
          text: string;
          level: 'mandatory' | 'optional';
          needs: 'domestic-law' | 'other-measure' | 'none';
          elements: string;
          flexibility: string | null;
        }
      >(
        'SELECT id, paragraph, text, level, needs, elements, flexibility FROM provisions WHERE pack_id = ? AND article_number = ? AND retired = 0 ORDER BY ordinal',
      );
      const articles = db
        .prepare<[string], { number: number; body: string }>(
          'SELECT number, body FROM articles WHERE pack_id = ? ORDER BY number',
        )
        .all(id)
        .map(({ number, body }): ArticleSource => ({
          ...(JSON.parse(body) as Omit<ArticleSource, 'provisions'>),
          provisions: provisions.all(id, number).map((p) => ({
            id: p.id,
            paragraph: p.paragraph,
            text: p.text,
            level: p.level,
            needs: p.needs,
            elements: JSON.parse(p.elements) as string[],
            ...(p.flexibility === null ? {} : { flexibility: p.flexibility }),
          })),
        }));
      const quizQuestions = db
        .prepare<[string], string>(
          'SELECT question_id FROM quiz_questions WHERE quiz_id = ? ORDER BY position',
        )
        .pluck();
      const usages = db
        .prepare<[string], number>(
          'SELECT article_number FROM term_usages WHERE term_id = ? ORDER BY article_number',
        )
        .pluck();
      return {
        manifest: {
          id: row.id,
          version: row.version,
          language: row.language,
          instrument: row.instrument,
          title: row.title,
          license: row.license,
          ...(row.status === null ? {} : { status: statusOf(row)! }),
        },
        chapters: db
          .prepare<[string], Pack['chapters'][number]>(
            'SELECT number, title, first_article AS firstArticle, last_article AS lastArticle FROM chapters WHERE pack_id = ? ORDER BY ordinal',
          )
          .all(id),
        articles,
        terms: db
          .prepare<[string], { id: string; term: string; definition: string; article: number }>(
            'SELECT id, term, definition, article_number AS article FROM terms WHERE pack_id = ? ORDER BY rowid',
          )
          .all(id)
          .map((t) => ({ ...t, usedIn: usages.all(t.id).filter((n) => n !== t.article) })),
        questions: db
          .prepare<[string], string>(
            'SELECT body FROM questions WHERE pack_id = ? AND retired = 0 ORDER BY id',
          )
          .pluck()
          .all(id)
          .map((body) => JSON.parse(body) as QuestionSource),
        quizzes: db
          .prepare<
            [string],
            {
              id: string;
              title: string;
              kind: Pack['quizzes'][number]['kind'];
              description: string | null;
            }
          >(
            'SELECT id, title, kind, description FROM quizzes WHERE pack_id = ? AND retired = 0 ORDER BY id',
          )
          .all(id)
          .map((q) => ({
            id: q.id,
            title: q.title,
            kind: q.kind,
            ...(q.description === null ? {} : { description: q.description }),
            questions: quizQuestions.all(q.id),
          })),
      };
    },

    questions(filter: QuestionFilter): Question[] {
      const rows = db
        .prepare<Record<string, unknown>, { body: string; pack_id: string }>(
          `SELECT DISTINCT q.body, q.pack_id, q.id FROM questions q
           JOIN packs p ON p.id = q.pack_id
           JOIN question_articles qa ON qa.question_id = q.id
           WHERE q.retired = 0
             AND p.instrument = (SELECT instrument FROM packs WHERE is_primary = 1 LIMIT 1)
             AND (@articles IS NULL OR qa.article_number IN (SELECT value FROM json_each(@articles)))
             AND (@chapter IS NULL OR qa.article_number IN (
                   SELECT a.number FROM articles a JOIN packs pp ON pp.id = a.pack_id AND pp.is_primary = 1 WHERE a.chapter = @chapter))
             AND (@type IS NULL OR q.type = @type)
             AND (@difficulty IS NULL OR q.difficulty = @difficulty)
             AND (@audience IS NULL OR EXISTS (SELECT 1 FROM json_each(q.audiences) WHERE value = @audience))
           ORDER BY q.id LIMIT @limit`,
        )
        .all({
          articles: filter.articles?.length ? JSON.stringify(filter.articles) : null,
          chapter: filter.chapter ?? null,
          type: filter.type ?? null,
          difficulty: filter.difficulty ?? null,
          audience: filter.audience ?? null,
          limit: filter.limit,
        });
      return rows.map((r) => ({ ...(JSON.parse(r.body) as QuestionSource), packId: r.pack_id }));
    },

    quizzes: (): QuizSummary[] =>
      db
        .prepare<[], QuizSummary>(
          `SELECT z.id, z.title, z.kind, z.description, z.pack_id AS packId,
                  (SELECT count(*) FROM quiz_questions qq WHERE qq.quiz_id = z.id) AS questionCount
           FROM quizzes z WHERE z.retired = 0
           ORDER BY CASE z.kind WHEN 'warm-up' THEN 0 WHEN 'pre-test' THEN 1 WHEN 'post-test' THEN 2 WHEN 'chapter' THEN 3 ELSE 4 END, z.rowid`,
        )
        .all(),
  };
}

export type PackRepository = ReturnType<typeof createPackRepository>;
