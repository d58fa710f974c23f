import { z } from 'zod';

export const ROMAN_CHAPTERS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'] as const;

export const obligationLevel = z.enum(['mandatory', 'optional', 'mixed', 'institutional']);
export type ObligationLevel = z.infer<typeof obligationLevel>;

export const provisionLevel = z.enum(['mandatory', 'optional']);
export const provisionNeeds = z.enum(['domestic-law', 'other-measure', 'none']);

export const articleNumber = z.number().int().min(1).max(999);

/**
 * Which language an item's words are in, set on items read for a content language: 'original'
 * when the base pack's own words stand in for a translation that does not exist yet.
 */
export const contentOrigin = z.object({
  language: z.string(),
  kind: z.enum(['original', 'official', 'unofficial']),
  review: z.enum(['awaiting review', 'reviewed']).nullable(),
});
export type ContentOrigin = z.infer<typeof contentOrigin>;

/** A content language the library can be read in: the base pack's own, or an installed translation. */
export const contentLanguage = z.object({
  language: z.string(),
  title: z.string(),
  kind: z.enum(['original', 'official', 'unofficial']),
  version: z.string(),
});
export type ContentLanguage = z.infer<typeof contentLanguage>;

export const chapterSummary = z.object({
  number: z.string(),
  ordinal: z.number().int(),
  title: z.string(),
  firstArticle: z.number().int(),
  lastArticle: z.number().int(),
  articleCount: z.number().int(),
  content: contentOrigin.optional(),
});
export type ChapterSummary = z.infer<typeof chapterSummary>;

export const articleListItem = z.object({
  number: z.number().int(),
  title: z.string(),
  chapter: z.string(),
  obligation: obligationLevel,
  content: contentOrigin.optional(),
});
export type ArticleListItem = z.infer<typeof articleListItem>;

export const provision = z.object({
  id: z.string(),
  paragraph: z.string(),
  text: z.string(),
  level: provisionLevel,
  needs: provisionNeeds,
  elements: z.array(z.string()),
  flexibility: z.string().nullable(),
  content: contentOrigin.optional(),
});
export type Provision = z.infer<typeof provision>;

export const termRef = z.object({
  id: z.string(),
  term: z.string(),
  definition: z.string(),
  article: z.number().int(),
  content: contentOrigin.optional(),
});
export type TermRef = z.infer<typeof termRef>;

export const relatedArticle = z.object({ number: z.number().int(), title: z.string() });

export const article = z.object({
  number: z.number().int(),
  title: z.string(),
  chapter: z.string(),
  chapterTitle: z.string(),
  obligation: obligationLevel,
  summary: z.string(),
  topics: z.array(z.string()),
  provisions: z.array(provision),
  terms: z.array(termRef),
  related: z.array(relatedArticle),
  budapest: z.object({ article: z.number().int(), note: z.string() }).nullable(),
  /** text-read: written from a reading of the article's text; otherwise the UI says it awaits checking. */
  verification: z.enum(['text-read', 'partly-read', 'not-read']),
  officialText: z.object({ text: z.string(), packTitle: z.string() }).nullable(),
  previous: z.number().int().nullable(),
  next: z.number().int().nullable(),
  content: contentOrigin.optional(),
});
export type Article = z.infer<typeof article>;

export const searchKind = z.enum(['article', 'provision', 'term', 'question']);
export type SearchKind = z.infer<typeof searchKind>;

export const searchHit = z.object({
  articleNumber: z.number().int(),
  title: z.string(),
  snippet: z.string(),
  kind: searchKind,
  ref: z.string(),
  content: contentOrigin.optional(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const libraryStats = z.object({
  chapters: z.number().int(),
  articles: z.number().int(),
  provisions: z.number().int(),
  terms: z.number().int(),
  questions: z.number().int(),
  quizzes: z.number().int(),
});
export type LibraryStats = z.infer<typeof libraryStats>;
