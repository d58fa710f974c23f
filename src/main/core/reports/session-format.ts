import { countryName } from '../../../shared/domain/countries';
import {
  reportTranslator,
  type ReportLanguage,
  type Translate,
} from '../../../shared/i18n/report-catalogs';
import {
  chapterRef,
  formatDateRange,
  formatPercent,
  numberFormat,
  reportLocale,
} from '../../../shared/reports/report-locale';
import type {
  AnswerRow,
  AttendanceGroup,
  AttendanceMark,
  ReportParticipant,
  SessionReport,
} from '../../../shared/reports/session-report';

/** What every workshop exporter needs beside the report: its language and fixed text. */
export interface SessionContext {
  report: SessionReport;
  lang: ReportLanguage;
  /** The checklist report text (instrument, page label, article and chapter references). */
  t: Translate<'reports'>;
  /** The workshop report text. */
  s: Translate<'workshop-report'>;
}

export function sessionContext(report: SessionReport): SessionContext {
  const lang = report.options.language;
  return {
    report,
    lang,
    t: reportTranslator(lang, 'reports'),
    s: reportTranslator(lang, 'workshop-report'),
  };
}

/** Colours of the charts and marks, in the checklist report's palette. */
export const SESSION_COLOURS = {
  accent: '#14375e',
  pre: '#9aa5b1',
  post: '#14375e',
  gain: '#1e7b45',
  loss: '#c0392b',
  muted: '#52606d',
  present: '#1e7b45',
  partly: '#e8a317',
  absent: '#c0392b',
  unmarked: '#d5dbe1',
} as const;

/** A score in percent (0–100) as "63%"; null as an em dash. */
export function scoreText(lang: ReportLanguage, value: number | null): string {
  return value === null ? '—' : formatPercent(value / 100, lang);
}

/** A number with at most `digits` decimals in the report language: "1.5", "1,5". */
export function numberText(lang: ReportLanguage, value: number | null, digits = 1): string {
  if (value === null || Number.isNaN(value)) return '—';
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A gain in percentage points, signed: "+20", "−5", "0". */
export function gainText(lang: ReportLanguage, value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  return numberFormat(lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** "+20 pts" */
export function pointsText(ctx: SessionContext, value: number | null): string {
  return value === null ? '—' : ctx.s('results.points', { value: gainText(ctx.lang, value) });
}

/** A normalised gain (a share, 0–1 or below zero) as "0.67". */
export function normalisedText(lang: ReportLanguage, value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  return numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** The country in the report language, else the stored name. */
export function countryText(ctx: SessionContext, code: string, stored = ''): string {
  const local = countryName(code, reportLocale(ctx.lang));
  return local && local !== code ? local : stored || code;
}

const GENDERS = ['female', 'male', 'other', 'undisclosed', 'unset'] as const;
const isGender = (key: string): key is (typeof GENDERS)[number] =>
  (GENDERS as readonly string[]).includes(key);

export function genderText(ctx: SessionContext, gender: string | null): string {
  const key = gender ?? 'unset';
  return isGender(key) ? ctx.s(`genders.${key}`) : key;
}

export function markText(ctx: SessionContext, mark: AttendanceMark | null): string {
  return mark === null ? ctx.s('attendance.unmarked') : ctx.s(`attendance.${mark}`);
}

/** A group's label: the translated gender or country, or the organisation as typed. */
export function groupLabel(
  ctx: SessionContext,
  kind: 'country' | 'organisation' | 'gender',
  g: AttendanceGroup,
): string {
  if (kind === 'gender') return genderText(ctx, g.key);
  if (kind === 'country') return countryText(ctx, g.key, g.label);
  return g.label || '—';
}

export function workshopDates(ctx: SessionContext): string {
  const w = ctx.report.workshop;
  return formatDateRange(w.startDate, w.endDate, ctx.lang);
}

/** "Chapter II — Criminalization" */
export function sessionChapterHeading(ctx: SessionContext, chapter: string, title: string): string {
  const ref = chapterRef(ctx.t, chapter);
  return title && title !== chapter ? `${ref} — ${title}` : ref;
}

/** The workshop's description as label/value pairs: cover, Workshop sheet, DOCX. */
export function workshopFields(ctx: SessionContext): [string, string][] {
  const { report, s } = ctx;
  const w = report.workshop;
  const rows: [string, string][] = [[s('cover.dates'), workshopDates(ctx)]];
  if (w.place.trim()) rows.push([s('cover.place'), w.place]);
  if (w.organiser.trim()) rows.push([s('cover.organiser'), w.organiser]);
  if (w.facilitators.length) rows.push([s('cover.facilitators'), w.facilitators.join(', ')]);
  if (w.audience.trim()) rows.push([s('cover.audience'), w.audience]);
  if (w.countries.length)
    rows.push([
      s('cover.countries'),
      w.countries.map((c) => countryText(ctx, c.code, c.name)).join(', '),
    ]);
  rows.push([s('cover.participants'), String(report.participants.length)]);
  return rows;
}

/** The generated sentences of the summary. */
export function sessionSummarySentences(ctx: SessionContext): string[] {
  const { report, s, lang } = ctx;
  const { gain, attendance } = report;
  const out = [
    s('summary.overview', {
      participants: report.participants.length,
      days: report.workshop.days.length,
    }),
  ];
  if (attendance.averageDays !== null && report.workshop.days.length)
    out.push(
      s('summary.attendance', {
        average: numberText(lang, attendance.averageDays),
        days: report.workshop.days.length,
        full: attendance.total.everyDay,
      }),
    );
  if (gain.participantsWithBoth === 0) out.push(s('summary.noGain'));
  else {
    out.push(
      s('summary.gain', {
        pre: scoreText(lang, gain.meanPre),
        post: scoreText(lang, gain.meanPost),
        gain: numberText(lang, gain.meanGain),
        normalised: normalisedText(lang, gain.normalisedGain),
      }),
    );
    out.push(
      s('summary.improvedSentence', {
        improved: Math.round((gain.shareImproved ?? 0) * gain.participantsWithBoth),
        both: gain.participantsWithBoth,
      }),
    );
  }
  const chapters = report.charts.byChapter;
  const withGain = chapters.filter((c) => c.gain !== null);
  if (withGain.length >= 2) {
    const best = [...withGain].sort((a, b) => b.gain! - a.gain!)[0]!;
    out.push(
      s('summary.strongestChapter', {
        chapter: chapterRef(ctx.t, best.chapter),
        title: best.title,
        gain: gainText(lang, best.gain),
      }),
    );
  }
  const withPost = chapters.filter((c) => c.post !== null);
  if (withPost.length >= 2) {
    const worst = [...withPost].sort((a, b) => a.post! - b.post!)[0]!;
    out.push(
      s('summary.weakestChapter', {
        chapter: chapterRef(ctx.t, worst.chapter),
        title: worst.title,
        post: scoreText(lang, worst.post),
      }),
    );
  }
  if (report.needHelp.length)
    out.push(s('summary.needHelp', { names: report.needHelp.map((p) => p.name).join(', ') }));
  return out;
}

export type SessionCell = string | number | null;

export interface SessionColumn<Row> {
  key: string;
  header: (ctx: SessionContext) => string;
  /** Width in characters, for XLSX. */
  width: number;
  /** 'percent' values are 0–1 and shown as percentages in XLSX. */
  kind?: 'text' | 'number' | 'percent' | 'datetime';
  value: (row: Row, ctx: SessionContext) => SessionCell;
}

const pct = (v: number | null) => (v === null ? null : v / 100);

/** One row per participant: the CSV export and the XLSX Results sheet. */
export const PARTICIPANT_COLUMNS: readonly SessionColumn<ReportParticipant>[] = [
  { key: 'name', header: (c) => c.s('labels.name'), width: 28, value: (p) => p.name },
  {
    key: 'organisation',
    header: (c) => c.s('labels.organisation'),
    width: 30,
    value: (p) => p.organisation,
  },
  {
    key: 'country',
    header: (c) => c.s('labels.country'),
    width: 18,
    value: (p, c) => countryText(c, p.country, p.countryName),
  },
  {
    key: 'gender',
    header: (c) => c.s('labels.gender'),
    width: 12,
    value: (p, c) => genderText(c, p.gender),
  },
  {
    key: 'daysAttended',
    header: (c) => c.s('attendance.daysAttended'),
    width: 10,
    kind: 'number',
    value: (p) => p.daysAttended,
  },
  {
    key: 'pre',
    header: (c) => c.s('results.pre'),
    width: 10,
    kind: 'percent',
    value: (p) => pct(p.pre),
  },
  {
    key: 'post',
    header: (c) => c.s('results.post'),
    width: 10,
    kind: 'percent',
    value: (p) => pct(p.post),
  },
  {
    key: 'gain',
    header: (c) => c.s('results.gain'),
    width: 10,
    kind: 'number',
    value: (p) => p.gain,
  },
  {
    key: 'normalisedGain',
    header: (c) => c.s('results.normalisedGain'),
    width: 12,
    kind: 'number',
    value: (p) => p.normalisedGain,
  },
];

/** One row per participant × question: the XLSX Answers sheet, every field. */
export const ANSWER_COLUMNS: readonly SessionColumn<AnswerRow>[] = [
  { key: 'name', header: (c) => c.s('labels.name'), width: 24, value: (a) => a.name },
  {
    key: 'organisation',
    header: (c) => c.s('labels.organisation'),
    width: 24,
    value: (a) => a.organisation,
  },
  {
    key: 'country',
    header: (c) => c.s('labels.country'),
    width: 14,
    value: (a, c) => countryText(c, a.country),
  },
  {
    key: 'quiz',
    header: (c) => c.s('labels.quiz'),
    width: 12,
    value: (a, c) => (a.quiz === 'pre' ? c.s('results.pre') : c.s('results.post')),
  },
  {
    key: 'quizTitle',
    header: (c) => c.s('labels.quizTitle'),
    width: 20,
    value: (a) => a.quizTitle,
  },
  {
    key: 'number',
    header: (c) => c.s('labels.questionNumber'),
    width: 6,
    kind: 'number',
    value: (a) => a.number,
  },
  {
    key: 'questionId',
    header: (c) => c.s('labels.questionId'),
    width: 16,
    value: (a) => a.questionId,
  },
  {
    key: 'type',
    header: (c) => c.s('labels.type'),
    width: 14,
    value: (a, c) => c.s(`questionTypes.${a.type}`),
  },
  {
    key: 'articles',
    header: (c) => c.s('labels.articles'),
    width: 10,
    value: (a) => a.articles.join(', '),
  },
  { key: 'prompt', header: (c) => c.s('labels.question'), width: 60, value: (a) => a.prompt },
  {
    key: 'answer',
    header: (c) => c.s('labels.answer'),
    width: 45,
    value: (a, c) => (a.credit === null ? c.s('labels.unanswered') : a.answer),
  },
  {
    key: 'answerIds',
    header: (c) => c.s('labels.answerIds'),
    width: 12,
    value: (a) => a.answerIds,
  },
  {
    key: 'shownOrder',
    header: (c) => c.s('labels.shownOrder'),
    width: 12,
    value: (a) => a.shownOrder,
  },
  {
    key: 'correctAnswer',
    header: (c) => c.s('labels.correctAnswer'),
    width: 45,
    value: (a) => a.correctAnswer,
  },
  {
    key: 'credit',
    header: (c) => c.s('labels.credit'),
    width: 8,
    kind: 'number',
    value: (a) => a.credit,
  },
  {
    key: 'finishedAt',
    header: (c) => c.s('labels.finishedAt'),
    width: 18,
    kind: 'datetime',
    value: (a) => a.finishedAt,
  },
  {
    key: 'attemptId',
    header: (c) => c.s('labels.attemptId'),
    width: 14,
    value: (a) => a.attemptId,
  },
  {
    key: 'participantId',
    header: (c) => c.s('labels.participantId'),
    width: 14,
    value: (a) => a.participantId,
  },
];
