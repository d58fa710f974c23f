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
import { searchTableFor } from '../content/translation-search';
import { createTranslatedTexts } from './translated-texts';

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

/** Some 60 characters around the first place `text` occurs, marked like FTS5 snippets. */
function substringSnippet(body: string, text: string): string {
  const at = body.indexOf(text);
  if (at < 0) return body.slice(0, 60);
  const start = Math.max(0, at - 30);
  const end = Math.min(body.length, at + text.length + 30);
  return `${start > 0 ? '…' : ''}${body.slice(start, at)}<mark>${text}</mark>${body.slice(at + text.length, end)}${end < body.length ? '…' : ''}`;
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
    // The same ranking over a translation's index; its titles are the translated ones.
    translatedSearch: db.prepare<
      [{ query: string; pack: string; language: string; limit: number }],
      SearchHit & { kind: SearchKind }
    >(
      `SELECT CAST(s.article_number AS INTEGER) AS articleNumber, a.title AS title, s.kind AS kind, s.ref AS ref,
              snippet(translation_search, 1, '<mark>', '</mark>', '…', 16) AS snippet
       FROM translation_search s JOIN articles a ON a.pack_id = @pack AND a.number = s.article_number
       WHERE translation_search MATCH @query AND s.pack_id = @pack AND s.language = @language
       ORDER BY bm25(translation_search, 8.0, 1.0) * CASE s.kind WHEN 'article' THEN 3.0 WHEN 'term' THEN 2.0 WHEN 'question' THEN 0.6 ELSE 1.0 END
       LIMIT @limit`,
    ),
    // Scripts without spaces: a substring; the trigram index serves it from 3 characters on,
    // a shorter one is read through the whole (small) index of that language.
    substringSearch: db.prepare<
      [{ pattern: string; pack: string; language: string; limit: number }],
      SearchHit & { kind: SearchKind; body: string }
    >(
      `SELECT CAST(s.article_number AS INTEGER) AS articleNumber, a.title AS title, s.kind AS kind, s.ref AS ref, s.body AS body
       FROM translation_search_cjk s JOIN articles a ON a.pack_id = @pack AND a.number = s.article_number
       WHERE (s.title LIKE @pattern ESCAPE '\\' OR s.body LIKE @pattern ESCAPE '\\')
         AND s.pack_id = @pack AND s.language = @language
       ORDER BY CASE s.kind WHEN 'article' THEN 0 WHEN 'term' THEN 1 WHEN 'provision' THEN 2 ELSE 3 END, s.article_number
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

  const texts = createTranslatedTexts(db);
  /** Translated words for `language`, item by item; undefined language: the base pack as stored. */
  const inLanguage = (id: string, language: string | undefined) =>
    language === undefined
      ? null
      : {
          chapter: texts.of(id, language, 'chapter'),
          article: texts.of(id, language, 'article'),
          provision: texts.of(id, language, 'provision'),
          term: texts.of(id, language, 'term'),
          question: texts.of(id, language, 'question'),
        };
  const translatedTitle = (
    t: ReturnType<typeof inLanguage>,
    number: number,
    title: string,
  ): string => t?.article(number).field('title') ?? title;

  function article(number: number, language?: string): Article {
    const id = packId();
    const row = statements.article.get(id, number);
    if (!row) throw new AppError('NOT_FOUND', `There is no article ${number} in the convention.`);
    const around = statements.neighbours.get({ pack: id, n: number });
    const t = inLanguage(id, language);
    const own = t?.article(number);
    const provisions = statements.provisions.all(id, number).map((p) => {
      const base = { ...p, elements: JSON.parse(p.elements) as string[] };
      const tp = t?.provision(p.id);
      if (!tp) return base;
      const elements = tp.field('elements');
      return {
        ...base,
        text: tp.field('text') ?? base.text,
        elements: elements ? (JSON.parse(elements) as string[]) : base.elements,
        flexibility: tp.field('flexibility') ?? base.flexibility,
        content: tp.origin,
      };
    });
    return {
      number: row.number,
      title: own?.field('title') ?? row.title,
      chapter: row.chapter,
      chapterTitle: t?.chapter(row.chapter).field('title') ?? row.chapter_title,
      obligation: row.obligation,
      summary: own?.field('summary') ?? row.summary,
      topics: JSON.parse(row.topics) as string[],
      provisions,
      terms: statements.terms.all(id, number).map((term) => {
        const tt = t?.term(term.id);
        return tt
          ? {
              ...term,
              term: tt.field('term') ?? term.term,
              definition: tt.field('definition') ?? term.definition,
              content: tt.origin,
            }
          : term;
      }),
      related: statements.related
        .all({ pack: id, n: number })
        .map((r) => ({ ...r, title: translatedTitle(t, r.number, r.title) })),
      budapest:
        row.budapest_article === null
          ? null
          : { article: row.budapest_article, note: row.budapest_note ?? '' },
      verification: row.verification_status,
      officialText: statements.officialText.get({ pack: id, n: number }) ?? null,
      previous: around?.previous ?? null,
      next: around?.next ?? null,
      ...(own ? { content: own.origin } : {}),
    };
  }

  return {
    listChapters: (language?: string): ChapterSummary[] => {
      const id = packId();
      const t = inLanguage(id, language);
      return statements.chapters.all(id).map((c) => {
        const tc = t?.chapter(c.number);
        return tc ? { ...c, title: tc.field('title') ?? c.title, content: tc.origin } : c;
      });
    },
    listArticles: (chapter?: string, language?: string): ArticleListItem[] => {
      const id = packId();
      const t = inLanguage(id, language);
      return statements.articles.all(id, chapter ?? null, chapter ?? null).map((a) => {
        const ta = t?.article(a.number);
        return ta ? { ...a, title: ta.field('title') ?? a.title, content: ta.origin } : a;
      });
    },
    getArticle: article,
    /** Full text in the base pack's index; with a language, the translation's index first. */
    search(ftsQuery: string, limit: number, language?: string, text = ''): SearchHit[] {
      const id = packId();
      const t = inLanguage(id, language);
      const english = statements.search.all({ query: ftsQuery, pack: id, limit });
      if (!t || language === undefined) return english;
      const origin = {
        question: t.question,
        article: t.article,
        provision: t.provision,
        term: t.term,
      };
      const translated =
        searchTableFor(language) === 'translation_search'
          ? statements.translatedSearch.all({ query: ftsQuery, pack: id, language, limit })
          : statements.substringSearch
              .all({
                pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
                pack: id,
                language,
                limit,
              })
              .map(({ body, ...hit }) => ({ ...hit, snippet: substringSnippet(body, text) }));
      const hits: SearchHit[] = [];
      for (const hit of translated)
        hits.push({
          ...hit,
          title: translatedTitle(t, hit.articleNumber, hit.title),
          content: origin[hit.kind](hit.kind === 'article' ? hit.articleNumber : hit.ref).origin,
        });
      // The base language's words still find what a translation has not reached.
      for (const hit of english)
        if (hits.length < limit && !hits.some((h) => h.ref === hit.ref))
          hits.push({
            ...hit,
            title: translatedTitle(t, hit.articleNumber, hit.title),
            content: texts.original(id),
          });
      return hits;
    },
    articleHit(number: number, language?: string): SearchHit | null {
      const id = packId();
      if (!statements.article.get(id, number)) return null;
      const a = article(number, language);
      const words = a.summary.split(/\s+/);
      const snippet = words.slice(0, 24).join(' ') + (words.length > 24 ? '…' : '');
      return {
        articleNumber: a.number,
        title: a.title,
        kind: 'article',
        ref: `${id}.art${number}`,
        snippet,
        ...(a.content ? { content: a.content } : {}),
      };
    },
    stats(): LibraryStats {
      const id = packId();
      return statements.stats.get({ pack: id })!;
    },
    /** The base pack's language and every installed translation of it. */
    languages: () => {
      const id = packId();
      const row = db
        .prepare<[string], { title: string; version: string }>(
          'SELECT title, version FROM packs WHERE id = ?',
        )
        .get(id)!;
      return texts.languages(id, row.title, row.version);
    },
  };
}

export type LibraryRepository = ReturnType<typeof createLibraryRepository>;
