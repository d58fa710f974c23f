import { z } from 'zod';
import {
  article,
  articleListItem,
  articleNumber,
  chapterSummary,
  libraryStats,
  searchHit,
} from '../../domain/library';
import { noInput, type ContractPart } from './common';

export const libraryContract = {
  'library.listChapters': { input: noInput, output: z.array(chapterSummary) },
  'library.listArticles': {
    input: z.object({ chapter: z.string().max(8).optional() }).strict(),
    output: z.array(articleListItem),
  },
  'library.getArticle': {
    input: z.object({ number: articleNumber }).strict(),
    output: article,
    errors: ['NOT_FOUND'],
  },
  'library.search': {
    input: z
      .object({
        query: z.string().max(200),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    output: z.array(searchHit),
  },
  'library.stats': { input: noInput, output: libraryStats },
} as const satisfies ContractPart;
