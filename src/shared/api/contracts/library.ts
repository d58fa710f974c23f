import { z } from 'zod';
import {
  article,
  articleListItem,
  articleNumber,
  chapterSummary,
  contentLanguage,
  libraryStats,
  searchHit,
} from '../../domain/library';
import { noInput, type ContractPart } from './common';

/**
 * Optional on every read: the words in this content language, item by item, each item saying
 * which language it is in (`content`). Left out: the base pack's own words, as before.
 */
const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)
  .optional();

export const libraryContract = {
  'library.listChapters': {
    input: z.object({ language }).strict(),
    output: z.array(chapterSummary),
  },
  'library.listArticles': {
    input: z.object({ chapter: z.string().max(8).optional(), language }).strict(),
    output: z.array(articleListItem),
  },
  'library.getArticle': {
    input: z.object({ number: articleNumber, language }).strict(),
    output: article,
    errors: ['NOT_FOUND'],
  },
  'library.search': {
    input: z
      .object({
        query: z.string().max(200),
        limit: z.number().int().min(1).max(100).default(20),
        language,
      })
      .strict(),
    output: z.array(searchHit),
  },
  'library.stats': { input: noInput, output: libraryStats },
  /**
   * The languages the convention can be read in (its own and each installed translation), the
   * one chosen here ('' follows the interface language) and the one in effect.
   */
  'library.contentLanguages': {
    input: z.object({ interfaceLanguage: z.string().max(20).optional() }).strict(),
    output: z.object({
      languages: z.array(contentLanguage),
      chosen: z.string(),
      current: z.string(),
    }),
  },
  /** Chooses the content language ('' follows the interface language when it has a translation). */
  'library.setContentLanguage': {
    input: z.object({ language: z.union([z.literal(''), language.unwrap()]) }).strict(),
    output: z.object({ chosen: z.string() }),
    errors: ['VALIDATION'],
  },
} as const satisfies ContractPart;
