import { z } from 'zod';
import {
  article,
  articleListItem,
  articleNumber,
  chapterSummary,
  libraryStats,
  searchHit,
} from '../domain/library';
import { backupInfo, systemInfo, systemStatus } from '../domain/system';
import type { MethodName } from './methods';

const noInput = z.object({}).strict();

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * The one API contract: method → input schema → output schema. The Electron IPC handler,
 * the preload allowlist, the HTTP router and the renderer client are all derived from it.
 */
export const contract = {
  'library.listChapters': { input: noInput, output: z.array(chapterSummary) },
  'library.listArticles': {
    input: z.object({ chapter: z.string().max(8).optional() }).strict(),
    output: z.array(articleListItem),
  },
  'library.getArticle': { input: z.object({ number: articleNumber }).strict(), output: article },
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
  'system.status': { input: noInput, output: systemStatus },
  'system.info': { input: noInput, output: systemInfo },
  'system.backup': { input: noInput, output: backupInfo },
  'system.restoreBackup': {
    input: z.object({ file: z.string().max(260).optional() }).strict(),
    output: systemStatus,
  },
  'system.quit': { input: noInput, output: z.object({ quitting: z.boolean() }) },
} as const satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
/** What a caller may send (defaults not yet applied). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;
