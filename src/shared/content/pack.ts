import { z } from 'zod';
import { PACK_FILE_FORMAT } from './pack-format';
import { obligationLevel, provisionLevel, provisionNeeds } from '../domain/library';

const nonEmpty = z.string().trim().min(1);

/**
 * Facts about the instrument that change over time (signatures, ratifications, entry into
 * force), each true on the date given. They live here, not in article summaries, so that an
 * updated pack changes them in one place; the articles listed show them with that date.
 */
export const packStatus = z
  .object({
    asOf: z.iso.date('a date such as 2025-10-26'),
    source: nonEmpty,
    lines: z.array(nonEmpty).min(1, 'write at least one status line'),
    articles: z.array(z.number().int().min(1)).default([]),
  })
  .strict();
export type PackStatus = z.infer<typeof packStatus>;

export const packManifest = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.2.0'),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language tag such as en or fr'),
    instrument: nonEmpty,
    title: nonEmpty,
    license: nonEmpty,
    status: packStatus.optional(),
    /** Set on a translation pack: the pack (id and version) whose text it translates. */
    translationOf: z
      .object({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'the id of the pack translated'),
        version: z.string().regex(/^\d+\.\d+\.\d+$/, 'the version translated, such as 1.2.0'),
      })
      .strict()
      .optional(),
    /** A translation pack states whether its text is an official (authentic or UN) translation. */
    official: z.boolean().optional(),
  })
  .strict();
export type PackManifest = z.infer<typeof packManifest>;

export const chapterSource = z
  .object({
    number: nonEmpty,
    title: nonEmpty,
    firstArticle: z.number().int().min(1),
    lastArticle: z.number().int().min(1),
  })
  .strict();

export const provisionSource = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*\.art\d+\.p[0-9a-z-]+$/, 'an id such as uncc.art7.p1'),
    paragraph: nonEmpty,
    text: nonEmpty,
    level: provisionLevel,
    needs: provisionNeeds,
    elements: z.array(nonEmpty).default([]),
    flexibility: nonEmpty.optional(),
  })
  .strict();

/**
 * How far the content was checked against the treaty text: trainers see a notice on any
 * article not written from a reading of its text, and reviewers' notes say what to check.
 */
export const verificationStatus = z.enum(['text-read', 'partly-read', 'not-read']);
export const articleVerification = z
  .object({ status: verificationStatus, notes: z.array(nonEmpty).default([]) })
  .strict();

export const articleSource = z
  .object({
    number: z.number().int().min(1),
    title: nonEmpty,
    titleBasis: nonEmpty,
    chapter: nonEmpty,
    obligation: obligationLevel,
    summary: nonEmpty,
    topics: z.array(nonEmpty).default([]),
    related: z.array(z.number().int().min(1)).default([]),
    budapest: z
      .object({ article: z.number().int().min(1), note: nonEmpty })
      .strict()
      .nullable(),
    budapestNote: nonEmpty.optional(),
    sources: z.array(nonEmpty).min(1, 'name the source the text was written from'),
    verification: articleVerification,
    /** The treaty's own wording, only in packs whose authors hold the rights to it. */
    officialText: nonEmpty.optional(),
    provisions: z.array(provisionSource).default([]),
  })
  .strict();
export type ArticleSource = z.infer<typeof articleSource>;

export const termSource = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*\.term\.[a-z0-9-]+$/, 'an id such as uncc.term.traffic-data'),
    term: nonEmpty,
    definition: nonEmpty,
    article: z.number().int().min(1),
    usedIn: z.array(z.number().int().min(1)).default([]),
  })
  .strict();
export type TermSource = z.infer<typeof termSource>;

export const questionType = z.enum(['single', 'multiple', 'true-false', 'matching', 'scenario']);
export type QuestionType = z.infer<typeof questionType>;
export const difficulty = z.enum(['easy', 'medium', 'hard']);
export const audience = z.enum(['police', 'prosecutors-judges', 'legislators', 'policy']);

const optionSource = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'an option id such as a, b, true'),
    text: nonEmpty,
  })
  .strict();

export const questionSource = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*\.q\.[a-z0-9-]+$/, 'an id such as uncc.q.0421'),
    type: questionType,
    scenario: nonEmpty.optional(),
    prompt: nonEmpty,
    options: z.array(optionSource).default([]),
    answer: z.array(z.string()).default([]),
    pairs: z.array(z.object({ left: nonEmpty, right: nonEmpty }).strict()).default([]),
    explanation: nonEmpty,
    distractors: z.record(z.string(), nonEmpty).default({}),
    articles: z.array(z.number().int().min(1)).min(1, 'name the article(s) the question tests'),
    difficulty,
    audiences: z.array(audience).min(1),
  })
  .strict();
export type QuestionSource = z.infer<typeof questionSource>;

export const quizKind = z.enum(['pre-test', 'post-test', 'chapter', 'warm-up', 'custom']);
export const quizSource = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*\.quiz\.[a-z0-9-]+$/, 'an id such as uncc.quiz.pre-test'),
    title: nonEmpty,
    kind: quizKind,
    description: nonEmpty.optional(),
    questions: z.array(z.string()).min(1),
  })
  .strict();
export type QuizSource = z.infer<typeof quizSource>;

/** A whole pack as installed: the files of resources/packs/<id>/ put together. */
export const pack = z.object({
  manifest: packManifest,
  // A pack may carry only questions (a national module, a spreadsheet import): its articles
  // are then those of the installed pack of the same instrument.
  chapters: z.array(chapterSource).default([]),
  articles: z.array(articleSource).default([]),
  terms: z.array(termSource).default([]),
  questions: z.array(questionSource).default([]),
  quizzes: z.array(quizSource).default([]),
});
export type Pack = z.infer<typeof pack>;

export { PACK_FILE_FORMAT };
/** A publisher's Ed25519 signature of the pack's content hash (see docs/CONTENT-PACKS.md). */
export const packSignature = z
  .object({
    algorithm: z.literal('ed25519'),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    value: z.string().max(200),
  })
  .strict();
export type PackSignature = z.infer<typeof packSignature>;

export const packFile = pack.extend({
  format: z.literal(PACK_FILE_FORMAT),
  formatVersion: z.literal(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  signature: packSignature.optional(),
});
export type PackFile = z.infer<typeof packFile>;

/**
 * What every translated file says about itself, so a trainer never mistakes our translation
 * for the authentic text and reviewers can see which files still wait for a native speaker.
 */
export const translationMark = z
  .object({
    status: z.enum(['official', 'unofficial']),
    review: z.enum(['awaiting review', 'reviewed']),
    /** Who reviewed it and when, once reviewed. */
    reviewedBy: nonEmpty.optional(),
  })
  .strict();
export type TranslationMark = z.infer<typeof translationMark>;

/*
 * A translation pack carries only the words; ids, numbers, levels and links come from the
 * base pack it names in manifest.translationOf. Any item may be left out: the app then shows
 * the base pack's item, saying so.
 */
export const chapterTranslation = z.object({ number: nonEmpty, title: nonEmpty }).strict();

export const provisionTranslation = z
  .object({
    id: provisionSource.shape.id,
    text: nonEmpty,
    /** One per element of the base provision, in the same order. */
    elements: z.array(nonEmpty).optional(),
    flexibility: nonEmpty.optional(),
  })
  .strict();

export const articleTranslation = z
  .object({
    translation: translationMark,
    number: z.number().int().min(1),
    title: nonEmpty,
    summary: nonEmpty.optional(),
    /** The base article's verification status, repeated so its notice survives translation. */
    verification: z
      .object({ status: verificationStatus, notes: z.array(nonEmpty).default([]) })
      .strict()
      .optional(),
    provisions: z.array(provisionTranslation).default([]),
  })
  .strict();
export type ArticleTranslation = z.infer<typeof articleTranslation>;

export const termTranslation = z
  .object({ id: termSource.shape.id, term: nonEmpty, definition: nonEmpty })
  .strict();

export const questionTranslation = z
  .object({
    id: questionSource.shape.id,
    scenario: nonEmpty.optional(),
    prompt: nonEmpty,
    /** Same option ids as the base question; only the text is translated. */
    options: z.array(optionSource).default([]),
    pairs: z.array(z.object({ left: nonEmpty, right: nonEmpty }).strict()).default([]),
    explanation: nonEmpty,
    distractors: z.record(z.string(), nonEmpty).default({}),
  })
  .strict();

export const quizTranslation = z
  .object({ id: quizSource.shape.id, title: nonEmpty, description: nonEmpty.optional() })
  .strict();

/** chapters.json, terms.json, questions/*.json and quizzes.json of a translation pack. */
function markedFile<K extends string, T extends z.ZodType>(key: K, item: T) {
  return z
    .object({ translation: translationMark, [key]: z.array(item) } as {
      translation: typeof translationMark;
    } & Record<K, z.ZodArray<T>>)
    .strict();
}
export const chapterTranslationFile = markedFile('chapters', chapterTranslation);
export const termTranslationFile = markedFile('terms', termTranslation);
export const questionTranslationFile = markedFile('questions', questionTranslation);
export const quizTranslationFile = markedFile('quizzes', quizTranslation);

/** A translation pack as read: each group keeps its file's mark; each article carries its own. */
export const translationPack = z
  .object({
    manifest: packManifest.required({ translationOf: true, official: true }),
    chapters: chapterTranslationFile.optional(),
    articles: z.array(articleTranslation).default([]),
    terms: termTranslationFile.optional(),
    questions: z.array(questionTranslationFile).default([]),
    quizzes: quizTranslationFile.optional(),
  })
  .strict();
export type TranslationPack = z.infer<typeof translationPack>;
