import { z } from 'zod';
import { RESULTS } from '../domain/assessment-values';
import { REPORT_SECTIONS } from './report-sections';

// The schema apart from the report it configures (assessment-report.ts re-exports it), so the
// renderer can build a report without bundling zod.

/** What the person exporting chooses; the same filters as the checklist table. */
export const reportOptions = z
  .object({
    sections: z
      .array(z.enum(REPORT_SECTIONS))
      .min(1)
      .default([...REPORT_SECTIONS]),
    /**
     * Which items the detail section lists: those assessed so far (the default, a report people
     * read), or every provision (the full record).
     */
    detail: z.enum(['assessed', 'all']).default('assessed'),
    organisation: z.string().max(200).default(''),
    /** A PNG or JPEG as a data: URL, shown on the cover. */
    logoDataUrl: z
      .string()
      .max(2_000_000)
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'a PNG or JPEG data: URL')
      .optional(),
    language: z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh', 'vi']).default('en'),
    filters: z
      .object({
        chapters: z.array(z.string()).optional(),
        articles: z.array(z.number().int()).optional(),
        results: z.array(z.enum(RESULTS)).optional(),
        statuses: z.array(z.enum(['to-do', 'in-progress', 'in-review', 'done'])).optional(),
        priorities: z.array(z.enum(['high', 'medium', 'low'])).optional(),
        agencies: z.array(z.string()).optional(),
        obligations: z.array(z.enum(['mandatory', 'optional'])).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type ReportOptions = z.infer<typeof reportOptions>;
export type ReportFilters = ReportOptions['filters'];
