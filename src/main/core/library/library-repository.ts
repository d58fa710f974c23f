import type {
  Article,
  ArticleListItem,
  ChapterSummary,
  LibraryStats,
  ObligationLevel,
  SearchHit,
  SearchKind,
} from '../../../shared/domain/library';
import { AppError } from '../../../shared/api/envelope';
import type { Db } from '../db/connection';

interface ArticleRow {
  number: number;
  title: string;
  chapter: string;
  chapter_title: string;
  obligation: ObligationLevel;
  summary: string;
  topics: string;
  budapest_article: number | null;
  budapest_note: string | null;
  verification_status: 'text-read' | 'partly-read' | 'not-read';
}

/** Read-only queries over the library of the primary pack (the convention). */
export function createLibraryRepository(db: Db) {
  const primaryPack = db.prepare<[], { id: string }>('SELECT id FROM packs WHERE is_primary = 1');
  const packId = (): string => {
    const row = primaryPack.get();
    if (!row) throw new AppError('NOT_FOUND', 'No convention content is installed.');
    return row.id;
  };

  const statements = {
    chapters: db.prepare<[string], ChapterSummary>(
      `SELECT c.number, c.ordinal, c.title, c.first_article AS firstArticle, c.last_article AS lastArticle,
              (SELECT count(*) FROM articles a WHERE a.pack_id = c.pack_id AND a.chapter = c.number) AS articleCount
       FROM chapters c WHERE c.pack_id = ? ORDER BY c.ordinal`,
    ),
    articles: db.prepare<[string, string | null, string | null], ArticleListItem>(
      `SELECT number, title, chapter, obligation FROM articles
       WHERE pack_id = ? AND (? IS NULL OR chapter = ?) ORDER BY number`,
    ),
    article: db.prepare<[string, number], ArticleRow>(
      `SELECT a.number, a.title, a.chapter, c.title AS chapter_title, a.obligation, a.summary, a.topics,
              a.budapest_article, a.budapest_note, a.verification_status
       FROM articles a JOIN chapters c ON c.pack_id = a.pack_id AND c.number = a.chapter
       WHERE a.pack_id = ? AND a.number = ?`,
    ),
    neighbours: db.prepare<
      [{ pack: string; n: number }],
      { previous: number | null; next: number | null }
    >(
      `SELECT (SELECT max(number) FROM articles WHERE pack_id = @pack AND number < @n) AS previous,
              (SELECT min(number) FROM articles WHERE pack_id = @pack AND number > @n) AS next`,
    ),
    provisions: db.prepare<
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
      `SELECT id, paragraph, text, level, needs, elements, flexibility FROM provisions
       WHERE pack_id = ? AND article_number = ? AND retired = 0 ORDER BY ordinal`,
    ),
    terms: db.prepare<
      [string, number],
      { id: string; term: string; definition: string; article: number }
    >(
      `SELECT t.id, t.term, t.definition, t.article_number AS article
       FROM terms t JOIN term_usages u ON u.term_id = t.id
       WHERE t.pack_id = ? AND u.article_number = ? ORDER BY t.term COLLATE NOCASE`,
    ),
    related: db.prepare<[{ pack: string; n: number }], { number: number; title: string }>(
      `SELECT a.number, a.title FROM articles a
       WHERE a.pack_id = @pack AND a.number IN (
         SELECT to_number FROM article_links WHERE pack_id = @pack AND from_number = @n
         UNION SELECT from_number FROM article_links WHERE pack_id = @pack AND to_number = @n)
       ORDER BY a.number`,
    ),
    officialText: db.prepare<[{ pack: string; n: number }], { text: string; packTitle: string }>(
      `SELECT a.official_text AS text, p.title AS packTitle
       FROM articles a JOIN packs p ON p.id = a.pack_id
       WHERE p.instrument = (SELECT instrument FROM packs WHERE id = @pack) AND a.number = @n AND a.official_text IS NOT NULL
       ORDER BY p.is_primary DESC, p.id LIMIT 1`,
    ),
    search: db.prepare<
      [{ query: string; pack: string; limit: number }],
      SearchHit & { kind: SearchKind }
    >(
      `SELECT s.article_number AS articleNumber, a.title AS title, s.kind AS kind, s.ref AS ref,
              snippet(search_index, 1, '<mark>', '</mark>', '…', 16) AS snippet
       FROM search_index s JOIN articles a ON a.pack_id = @pack AND a.number = s.article_number
       WHERE search_index MATCH @query
         -- the primary pack's content, and questions from every pack of the same instrument
         AND (s.pack_id = @pack OR (s.kind = 'question' AND s.pack_id IN (SELECT id FROM packs WHERE instrument = (SELECT instrument FROM packs WHERE id = @pack))))
       ORDER BY bm25(search_index, 8.0, 1.0) * CASE s.kind WHEN 'article' THEN 3.0 WHEN 'term' THEN 2.0 WHEN 'question' THEN 0.6 ELSE 1.0 END
       LIMIT @limit`,
    ),
    // Questions and quizzes count across every pack of the instrument (a national module adds some).
    stats: db.prepare<[{ pack: string }], LibraryStats>(
      `WITH same AS (SELECT id FROM packs WHERE instrument = (SELECT instrument FROM packs WHERE id = @pack))
       SELECT (SELECT count(*) FROM chapters WHERE pack_id = @pack) AS chapters,
              (SELECT count(*) FROM articles WHERE pack_id = @pack) AS articles,
              (SELECT count(*) FROM provisions WHERE pack_id = @pack AND retired = 0) AS provisions,
              (SELECT count(*) FROM terms WHERE pack_id = @pack) AS terms,
              (SELECT count(*) FROM questions WHERE pack_id IN same AND retired = 0) AS questions,
              (SELECT count(*) FROM quizzes WHERE pack_id IN same AND retired = 0) AS quizzes`,
    ),
  };

  return {
    listChapters: (): ChapterSummary[] => statements.chapters.all(packId()),

    listArticles: (chapter?: string): ArticleListItem[] =>
      statements.articles.all(packId(), chapter ?? null, chapter ?? null),

    getArticle(number: number): Article {
      const id = packId();
      const row = statements.article.get(id, number);
      if (!row) throw new AppError('NOT_FOUND', `There is no article ${number} in the convention.`);
      const around = statements.neighbours.get({ pack: id, n: number });
      return {
        number: row.number,
        title: row.title,
        chapter: row.chapter,
        chapterTitle: row.chapter_title,
        obligation: row.obligation,
        summary: row.summary,
        topics: JSON.parse(row.topics) as string[],
        provisions: statements.provisions.all(id, number).map((p) => ({
          ...p,
          elements: JSON.parse(p.elements) as string[],
        })),
        terms: statements.terms.all(id, number),
        related: statements.related.all({ pack: id, n: number }),
        budapest:
          row.budapest_article === null
            ? null
            : { article: row.budapest_article, note: row.budapest_note ?? '' },
        verification: row.verification_status,
        officialText: statements.officialText.get({ pack: id, n: number }) ?? null,
        previous: around?.previous ?? null,
        next: around?.next ?? null,
      };
    },

    search(ftsQuery: string, limit: number): SearchHit[] {
      return statements.search.all({ query: ftsQuery, pack: packId(), limit });
    },

    articleHit(number: number): SearchHit | null {
      const id = packId();
      const row = statements.article.get(id, number);
      if (!row) return null;
      const words = row.summary.split(/\s+/);
      const snippet = words.slice(0, 24).join(' ') + (words.length > 24 ? '…' : '');
      return {
        articleNumber: row.number,
        title: row.title,
        kind: 'article',
        ref: `${id}.art${number}`,
        snippet,
      };
    },

    stats(): LibraryStats {
      const id = packId();
      return statements.stats.get({ pack: id })!;
    },
  };
}

export type LibraryRepository = ReturnType<typeof createLibraryRepository>;
