import type { Citation, ItemResult } from '../../../shared/domain/assessments';
import { countryName } from '../../../shared/domain/countries';
import type { AssessmentReport, ReportItem } from '../../../shared/reports/assessment-report';
import {
  reportTranslator,
  type ReportLanguage,
  type Translate,
} from '../../../shared/i18n/report-catalogs';
import { chapterRef, formatDate, reportLocale } from '../../../shared/reports/report-locale';

/** What every exporter needs beside the report: its language and fixed text. */
export interface ReportContext {
  report: AssessmentReport;
  lang: ReportLanguage;
  t: Translate<'reports'>;
}

export function reportContext(report: AssessmentReport): ReportContext {
  const lang = report.options.language;
  return { report, lang, t: reportTranslator(lang, 'reports') };
}

/** Result colours shared by the PDF chart, DOCX shading and XLSX fills (fill, and text on it). */
export const RESULT_COLOURS: Record<ItemResult, { fill: string; text: string }> = {
  implemented: { fill: '#1e7b45', text: '#ffffff' },
  partial: { fill: '#e8a317', text: '#1f2933' },
  gap: { fill: '#c0392b', text: '#ffffff' },
  'not-applicable': { fill: '#6b7a89', text: '#ffffff' },
  'not-assessed': { fill: '#d5dbe1', text: '#1f2933' },
};

/** The country in the report language ("Viet Nam", "Việt Nam", "فيتنام"), else the stored name. */
export function countryLabel({ report, lang }: ReportContext): string {
  const code = report.assessment.country;
  const local = countryName(code, reportLocale(lang));
  return local && local !== code ? local : report.assessment.countryName || code;
}

export function organisationOf({ report }: ReportContext): string {
  return report.options.organisation.trim() || report.assessment.organisation.trim();
}

export function chapterTitle({ report }: ReportContext, chapter: string): string {
  return report.byChapter.find((c) => c.chapter === chapter)?.title ?? '';
}

/** "Chapter II — Criminalization" */
export function chapterHeading(ctx: ReportContext, chapter: string): string {
  const title = chapterTitle(ctx, chapter);
  const ref = chapterRef(ctx.t, chapter);
  return title && title !== chapter ? `${ref} — ${title}` : ref;
}

/** The active filters, readable: "Result: Gap; Priority: High". Empty when none is set. */
export function describeFilters({ report, t }: ReportContext): string {
  const f = report.options.filters;
  const parts: string[] = [];
  const add = (label: string, values: readonly string[] | undefined) => {
    if (values?.length) parts.push(`${label}: ${values.join(', ')}`);
  };
  add(t('labels.chapter'), f.chapters);
  add(
    t('labels.article'),
    f.articles?.map((a) => String(a)),
  );
  add(
    t('labels.result'),
    f.results?.map((r) => t(`results.${r}`)),
  );
  add(
    t('labels.status'),
    f.statuses?.map((s) => t(`statuses.${s}`)),
  );
  add(
    t('labels.priority'),
    f.priorities?.map((p) => t(`priorities.${p}`)),
  );
  add(
    t('labels.agency'),
    f.agencies?.map((a) => a || t('plan.noAgency')),
  );
  add(
    t('labels.level'),
    f.obligations?.map((o) => t(`levels.${o}`)),
  );
  return parts.join('; ');
}

/** Whether the summary should say filters were applied. */
export function hasFilters(ctx: ReportContext): boolean {
  return ctx.report.filtered || describeFilters(ctx) !== '';
}

/** "Penal Code, s. 4(a) (2012) — https://…" */
export function citationText(c: Citation): string {
  let text = c.act.trim();
  if (c.section.trim()) text += `, ${c.section.trim()}`;
  if (c.year.trim()) text += ` (${c.year.trim()})`;
  if (c.link.trim()) text += ` — ${c.link.trim()}`;
  return text;
}

export function elementStateName(
  t: Translate<'reports'>,
  state: 'met' | 'not-met' | 'unclear' | null,
): string {
  return t(`elementStates.${state ?? 'unset'}`);
}

/** One line per element: "intent: Met — national text". */
export function elementsSummary(item: ReportItem, t: Translate<'reports'>): string {
  return item.provisionElements
    .map((name, index) => {
      const assessed = item.elements.find((e) => e.index === index);
      const state = elementStateName(t, assessed?.state ?? null);
      const text = assessed?.nationalText.trim();
      return `${name}: ${state}${text ? ` — ${text}` : ''}`;
    })
    .join('\n');
}

/**
 * Why the detail section lists fewer items than the report counts ("The 10 items assessed so far,
 * of 287; …"), or '' when it lists them all.
 */
export function detailNote({ report, t }: ReportContext): string {
  const shown = report.detailItems.length;
  if (shown === report.items.length) return '';
  return t('details.assessedOnly', { shown, total: report.items.length });
}

/** "Changes recorded: 3; the last by Lan Nguyen on 5 March 2026." */
export function historyLine(item: ReportItem, ctx: ReportContext): string {
  if (!item.lastChange || item.changes === 0) return ctx.t('details.noHistory');
  return ctx.t('details.history', {
    count: item.changes,
    actor: item.lastChange.actor || '—',
    date: formatDate(item.lastChange.at, ctx.lang),
  });
}

export type CellKind = 'text' | 'number' | 'date' | 'datetime';

export interface ItemColumn {
  key: string;
  header: (t: Translate<'reports'>) => string;
  kind: CellKind;
  /** Width in characters, for XLSX. */
  width: number;
  value: (item: ReportItem, ctx: ReportContext) => string | number | null;
}

const orBlank = (v: string | null | undefined) => v ?? '';

/** The one-row-per-item table of the XLSX "Items" sheet and the CSV export: every field. */
export const ITEM_COLUMNS: readonly ItemColumn[] = [
  {
    key: 'article',
    header: (t) => t('labels.article'),
    kind: 'number',
    width: 8,
    value: (i) => i.articleNumber,
  },
  {
    key: 'paragraph',
    header: (t) => t('labels.paragraph'),
    kind: 'text',
    width: 10,
    value: (i) => i.paragraph,
  },
  {
    key: 'articleTitle',
    header: (t) => t('labels.articleTitle'),
    kind: 'text',
    width: 28,
    value: (i) => i.articleTitle,
  },
  {
    key: 'chapter',
    header: (t) => t('labels.chapter'),
    kind: 'text',
    width: 9,
    value: (i) => i.chapter,
  },
  {
    key: 'provisionId',
    header: (t) => t('labels.provisionId'),
    kind: 'text',
    width: 18,
    value: (i) => i.provisionId,
  },
  {
    key: 'provisionText',
    header: (t) => t('labels.provisionText'),
    kind: 'text',
    width: 60,
    value: (i) => i.provisionText,
  },
  {
    key: 'level',
    header: (t) => t('labels.level'),
    kind: 'text',
    width: 13,
    value: (i, { t }) => t(`levels.${i.provisionLevel}`),
  },
  {
    key: 'result',
    header: (t) => t('labels.result'),
    kind: 'text',
    width: 18,
    value: (i, { t }) => t(`results.${i.result}`),
  },
  {
    key: 'status',
    header: (t) => t('labels.status'),
    kind: 'text',
    width: 14,
    value: (i, { t }) => t(`statuses.${i.status}`),
  },
  {
    key: 'inLaw',
    header: (t) => t('labels.inLaw'),
    kind: 'text',
    width: 10,
    value: (i, { t }) => (i.inLaw ? t(`lawPractice.${i.inLaw}`) : ''),
  },
  {
    key: 'inPractice',
    header: (t) => t('labels.inPractice'),
    kind: 'text',
    width: 10,
    value: (i, { t }) => (i.inPractice ? t(`lawPractice.${i.inPractice}`) : ''),
  },
  {
    key: 'citations',
    header: (t) => t('labels.citations'),
    kind: 'text',
    width: 40,
    value: (i) => i.citations.map(citationText).join('\n'),
  },
  {
    key: 'evidence',
    header: (t) => t('labels.evidence'),
    kind: 'text',
    width: 60,
    value: (i) => i.evidence,
  },
  {
    key: 'actionType',
    header: (t) => t('labels.actionType'),
    kind: 'text',
    width: 18,
    value: (i, { t }) => (i.actionType ? t(`actionTypes.${i.actionType}`) : ''),
  },
  {
    key: 'action',
    header: (t) => t('labels.action'),
    kind: 'text',
    width: 45,
    value: (i) => i.action,
  },
  {
    key: 'priority',
    header: (t) => t('labels.priority'),
    kind: 'text',
    width: 10,
    value: (i, { t }) => (i.priority ? t(`priorities.${i.priority}`) : ''),
  },
  {
    key: 'agency',
    header: (t) => t('labels.agency'),
    kind: 'text',
    width: 24,
    value: (i) => i.agency,
  },
  {
    key: 'targetDate',
    header: (t) => t('labels.targetDate'),
    kind: 'date',
    width: 12,
    value: (i) => orBlank(i.targetDate),
  },
  {
    key: 'overdue',
    header: (t) => t('labels.overdue'),
    kind: 'text',
    width: 9,
    value: (i, { t }) => (i.overdue ? t('labels.yes') : t('labels.no')),
  },
  {
    key: 'elements',
    header: (t) => t('labels.elementsSummary'),
    kind: 'text',
    width: 40,
    value: (i, { t }) => elementsSummary(i, t),
  },
  {
    key: 'changes',
    header: (t) => t('labels.changes'),
    kind: 'number',
    width: 9,
    value: (i) => i.changes,
  },
  {
    key: 'lastChangedBy',
    header: (t) => t('labels.lastChangedBy'),
    kind: 'text',
    width: 18,
    value: (i) => orBlank(i.lastChange?.actor),
  },
  {
    key: 'lastChangedAt',
    header: (t) => t('labels.lastChangedAt'),
    kind: 'datetime',
    width: 18,
    value: (i) => orBlank(i.lastChange?.at),
  },
];
