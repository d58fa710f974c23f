import { z } from 'zod';
import { obligationLevel, provisionLevel, provisionNeeds } from '../domain/library';

const nonEmpty = z.string().trim().min(1);

export const packManifest = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.2.0'),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language tag such as en or fr'),
    instrument: nonEmpty,
    title: nonEmpty,
    license: nonEmpty,
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
    id: z.string().regex(/^[a-z0-9]+\.art\d+\.p[0-9a-z-]+$/, 'an id such as uncc.art7.p1'),
    paragraph: nonEmpty,
    text: nonEmpty,
    level: provisionLevel,
    needs: provisionNeeds,
    elements: z.array(nonEmpty).default([]),
    flexibility: nonEmpty.optional(),
  })
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
    provisions: z.array(provisionSource).default([]),
  })
  .strict();
export type ArticleSource = z.infer<typeof articleSource>;

export const termSource = z
  .object({
    id: z.string().regex(/^[a-z0-9]+\.term\.[a-z0-9-]+$/, 'an id such as uncc.term.traffic-data'),
    term: nonEmpty,
    definition: nonEmpty,
    article: z.number().int().min(1),
    usedIn: z.array(z.number().int().min(1)).default([]),
  })
  .strict();
export type TermSource = z.infer<typeof termSource>;

/** A whole pack as installed: the files of resources/packs/<id>/ put together. */
export const pack = z.object({
  manifest: packManifest,
  chapters: z.array(chapterSource).min(1),
  articles: z.array(articleSource).min(1),
  terms: z.array(termSource).default([]),
});
export type Pack = z.infer<typeof pack>;
