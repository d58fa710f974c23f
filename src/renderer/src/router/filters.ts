import type { z } from 'zod';
import type { audience, difficulty, QuestionType } from '@shared/content/pack';

export type Difficulty = z.infer<typeof difficulty>;
export type Audience = z.infer<typeof audience>;

/** What the question bank is narrowed to; every field left out means "any". */
export interface QuestionFilter {
  chapter?: string;
  article?: number;
  type?: QuestionType;
  difficulty?: Difficulty;
  audience?: Audience;
}

// Records rather than arrays: the compiler then insists on every value the contract knows.
const TYPES: Record<QuestionType, true> = {
  single: true,
  multiple: true,
  'true-false': true,
  matching: true,
  scenario: true,
};
const DIFFICULTIES: Record<Difficulty, true> = { easy: true, medium: true, hard: true };
const AUDIENCES: Record<Audience, true> = {
  police: true,
  'prosecutors-judges': true,
  legislators: true,
  policy: true,
};

export const QUESTION_TYPES = Object.keys(TYPES) as QuestionType[];
export const DIFFICULTY_LEVELS = Object.keys(DIFFICULTIES) as Difficulty[];
export const AUDIENCE_KINDS = Object.keys(AUDIENCES) as Audience[];

const oneOf = <T extends string>(allowed: Record<T, true>, value: string | null): T | undefined =>
  value !== null && Object.hasOwn(allowed, value) ? (value as T) : undefined;

/** Reads the filter from the address; values the app does not know are ignored, not errors. */
export function questionFilterFromParams(params: URLSearchParams): QuestionFilter {
  const filter: QuestionFilter = {};
  const chapter = params.get('chapter');
  if (chapter && /^[IVXLC]{1,8}$/.test(chapter)) filter.chapter = chapter;
  const article = Number(params.get('article'));
  if (Number.isInteger(article) && article >= 1 && article <= 999) filter.article = article;
  const type = oneOf(TYPES, params.get('type'));
  if (type) filter.type = type;
  const level = oneOf(DIFFICULTIES, params.get('difficulty'));
  if (level) filter.difficulty = level;
  const group = oneOf(AUDIENCES, params.get('audience'));
  if (group) filter.audience = group;
  return filter;
}

export function questionFilterToParams(filter: QuestionFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.chapter) params.set('chapter', filter.chapter);
  if (filter.article !== undefined) params.set('article', String(filter.article));
  if (filter.type) params.set('type', filter.type);
  if (filter.difficulty) params.set('difficulty', filter.difficulty);
  if (filter.audience) params.set('audience', filter.audience);
  return params;
}

/** A stable text key for a filter: the same filter always gives the same key. */
export const questionFilterKey = (filter: QuestionFilter): string =>
  questionFilterToParams(filter).toString();
