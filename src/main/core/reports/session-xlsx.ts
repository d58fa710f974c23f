import type ExcelJS from 'exceljs';
import { articleRef, formatDate } from '../../../shared/reports/report-locale';
import type { SessionReport } from '../../../shared/reports/session-report';
import {
  ANSWER_COLUMNS,
  PARTICIPANT_COLUMNS,
  countryText,
  groupLabel,
  markText,
  sessionChapterHeading,
  sessionContext,
  sessionSummarySentences,
  workshopFields,
  type SessionColumn,
  type SessionContext,
} from './session-format';
import {
  TITLE_FONT,
  columnStyle,
  filterHeader,
  newSheet,
  newWorkbook,
  solidFill,
  styleHeader,
  workbookBytes,
} from './xlsx-kit';

const MARK_FILLS = { present: 'FFE3F1E8', partly: 'FFFDF1D6', absent: 'FFFDECEA' } as const;

/** A sheet of one row per record with the given columns, a styled header and an autofilter. */
function tableSheet<Row>(
  workbook: ExcelJS.Workbook,
  ctx: SessionContext,
  name: string,
  columns: readonly SessionColumn<Row>[],
  rows: readonly Row[],
): ExcelJS.Worksheet {
  const sheet = newSheet(workbook, name, ctx.lang);
  sheet.columns = columns.map((c) => ({
    header: c.header(ctx),
    key: c.key,
    width: c.width,
    style: columnStyle(c.kind),
  }));
  for (const row of rows)
    sheet.addRow(
      Object.fromEntries(
        columns.map((c) => {
          const value = c.value(row, ctx);
          return [
            c.key,
            c.kind === 'datetime' && typeof value === 'string' ? new Date(value) : value,
          ];
        }),
      ),
    );
  filterHeader(sheet, columns.length);
  return sheet;
}

function workshopSheet(workbook: ExcelJS.Workbook, ctx: SessionContext): void {
  const { report, s } = ctx;
  const sheet = newSheet(workbook, s('sheets.workshop'), ctx.lang, 0);
  sheet.columns = [{ width: 34 }, { width: 60 }, { width: 14 }, { width: 14 }];
  const title = sheet.addRow([`${s('reportTitle')} — ${report.workshop.title}`]);
  title.font = TITLE_FONT;
  sheet.addRow([]);
  styleHeader(sheet.addRow([s('labels.field'), s('labels.value')]));
  for (const [k, v] of workshopFields(ctx)) sheet.addRow([k, v]);
  sheet.addRow([]);
  styleHeader(sheet.addRow([s('summary.findings')]));
  for (const line of sessionSummarySentences(ctx))
    sheet.addRow([line]).getCell(1).alignment = {
      wrapText: false,
    };
  sheet.addRow([]);
  const g = report.gain;
  styleHeader(sheet.addRow([s('sections.results'), s('labels.value')]));
  const pct = (v: number | null) => (v === null ? null : v / 100);
  for (const [label, value, fmt] of [
    [s('summary.participants'), report.participants.length, '0'],
    [s('summary.meanPre'), pct(g.meanPre), '0.0%'],
    [s('summary.meanPost'), pct(g.meanPost), '0.0%'],
    [s('summary.meanGain'), g.meanGain, '0.0'],
    [s('summary.normalisedGain'), g.normalisedGain, '0.00'],
    [s('summary.improved'), g.shareImproved, '0%'],
  ] as const) {
    const row = sheet.addRow([label, value]);
    row.getCell(2).numFmt = fmt;
    row.getCell(2).alignment = { horizontal: 'left' };
  }
  sheet.addRow([]);
  styleHeader(
    sheet.addRow([ctx.t('labels.chapter'), s('results.pre'), s('results.post'), s('results.gain')]),
  );
  for (const c of report.charts.byChapter) {
    const row = sheet.addRow([
      sessionChapterHeading(ctx, c.chapter, c.title),
      pct(c.pre),
      pct(c.post),
      c.gain,
    ]);
    row.getCell(2).numFmt = '0%';
    row.getCell(3).numFmt = '0%';
  }
  sheet.addRow([]);
  styleHeader(sheet.addRow([s('labels.score'), s('results.pre'), s('results.post')]));
  for (const b of report.charts.distribution)
    sheet.addRow([`${b.from}–${b.to === 100 ? 100 : b.to - 1}%`, b.pre, b.post]);
  sheet.addRow([]);
  styleHeader(
    sheet.addRow([ctx.t('labels.article'), s('results.pre'), s('results.post'), s('results.gain')]),
  );
  for (const a of report.articles) {
    const row = sheet.addRow([
      `${articleRef(ctx.t, a.articleNumber, '')} ${a.title}`,
      pct(a.pre),
      pct(a.post),
      a.gain,
    ]);
    row.getCell(2).numFmt = '0%';
    row.getCell(3).numFmt = '0%';
  }
}

function attendanceSheet(workbook: ExcelJS.Workbook, ctx: SessionContext): void {
  const { report, s, lang } = ctx;
  const a = report.attendance;
  const sheet = newSheet(workbook, s('sheets.attendance'), ctx.lang);
  sheet.columns = [
    { header: s('labels.name'), width: 28 },
    { header: s('labels.organisation'), width: 30 },
    { header: s('labels.country'), width: 16 },
    { header: s('labels.gender'), width: 12 },
    ...a.days.map((d) => ({ header: formatDate(d, lang), width: 16 })),
    { header: s('attendance.daysAttended'), width: 12 },
  ];
  for (const p of report.participants) {
    const row = sheet.addRow([
      p.name,
      p.organisation,
      countryText(ctx, p.country, p.countryName),
      s(`genders.${p.gender ?? 'unset'}`),
      ...p.attendance.map((m) => markText(ctx, m)),
      p.daysAttended,
    ]);
    p.attendance.forEach((m, i) => {
      if (m) row.getCell(5 + i).fill = solidFill(MARK_FILLS[m]);
    });
  }
  filterHeader(sheet, a.days.length + 5);
  const total = sheet.addRow([
    s('attendance.total'),
    '',
    '',
    '',
    ...a.byDay.map((d) => d.present + d.partly / 2),
    a.total.daysAttended,
  ]);
  total.font = { bold: true };
  for (const [kind, title, groups] of [
    ['country', s('attendance.byCountry'), a.byCountry],
    ['organisation', s('attendance.byOrganisation'), a.byOrganisation],
    ['gender', s('attendance.byGender'), a.byGender],
  ] as const) {
    sheet.addRow([]);
    styleHeader(
      sheet.addRow([
        title,
        s('summary.participants'),
        s('attendance.daysAttended'),
        s('attendance.everyDay'),
        s('attendance.rate'),
      ]),
    );
    for (const g of groups) {
      const row = sheet.addRow([
        groupLabel(ctx, kind, g),
        g.participants,
        g.daysAttended,
        g.everyDay,
        g.rate,
      ]);
      row.getCell(5).numFmt = '0%';
    }
  }
}

function resultsSheet(workbook: ExcelJS.Workbook, ctx: SessionContext): void {
  const sheet = tableSheet(
    workbook,
    ctx,
    ctx.s('sheets.results'),
    PARTICIPANT_COLUMNS,
    ctx.report.participants,
  );
  const gain = PARTICIPANT_COLUMNS.findIndex((c) => c.key === 'gain') + 1;
  sheet.getColumn(gain).numFmt = '+0.0;-0.0;0';
  sheet.getColumn(gain + 1).numFmt = '0.00';
}

interface ItemRow {
  quiz: string;
  number: number;
  questionId: string;
  prompt: string;
  articles: string;
  answered: number;
  facility: number;
  discrimination: number | null;
  flags: string;
}

function itemsSheet(workbook: ExcelJS.Workbook, ctx: SessionContext): void {
  const { s } = ctx;
  const columns: SessionColumn<ItemRow>[] = [
    { key: 'quiz', header: () => s('labels.quiz'), width: 12, value: (r) => r.quiz },
    { key: 'number', header: () => s('labels.questionNumber'), width: 6, value: (r) => r.number },
    {
      key: 'questionId',
      header: () => s('labels.questionId'),
      width: 16,
      value: (r) => r.questionId,
    },
    { key: 'prompt', header: () => s('labels.question'), width: 70, value: (r) => r.prompt },
    { key: 'articles', header: () => s('labels.articles'), width: 10, value: (r) => r.articles },
    { key: 'answered', header: () => s('items.answered'), width: 10, value: (r) => r.answered },
    {
      key: 'facility',
      header: () => s('items.facility'),
      width: 10,
      kind: 'percent',
      value: (r) => r.facility,
    },
    {
      key: 'discrimination',
      header: () => s('items.discrimination'),
      width: 14,
      value: (r) => r.discrimination,
    },
    { key: 'flags', header: () => s('items.flags'), width: 24, value: (r) => r.flags },
  ];
  const rows: ItemRow[] = ctx.report.items.map((i) => ({
    quiz: i.quiz === 'pre' ? s('results.pre') : s('results.post'),
    number: i.number,
    questionId: i.questionId,
    prompt: i.prompt,
    articles: i.articles.join(', '),
    answered: i.answered,
    facility: i.facility,
    discrimination: i.discrimination,
    flags: i.flags.map((f) => s(`items.flagNames.${f}`)).join(', '),
  }));
  tableSheet(workbook, ctx, s('sheets.items'), columns, rows);
}

interface PollRow {
  prompt: string;
  kind: string;
  date: Date;
  answers: number;
  label: string;
  count: number;
  share: number;
}

/** One row per poll answer (option or word) with its count, so polls can be charted or filtered. */
function pollsSheet(workbook: ExcelJS.Workbook, ctx: SessionContext): void {
  const { s } = ctx;
  const columns: SessionColumn<PollRow>[] = [
    { key: 'prompt', header: () => s('polls.columns.poll'), width: 50, value: (r) => r.prompt },
    { key: 'kind', header: () => s('polls.columns.kind'), width: 14, value: (r) => r.kind },
    {
      key: 'date',
      header: () => s('polls.columns.date'),
      width: 18,
      kind: 'datetime',
      value: (r) => r.date.toISOString(),
    },
    {
      key: 'answers',
      header: () => s('polls.columns.answers'),
      width: 10,
      value: (r) => r.answers,
    },
    { key: 'label', header: () => s('polls.columns.answer'), width: 40, value: (r) => r.label },
    { key: 'count', header: () => s('polls.columns.count'), width: 10, value: (r) => r.count },
    {
      key: 'share',
      header: () => s('polls.columns.share'),
      width: 10,
      kind: 'percent',
      value: (r) => r.share,
    },
  ];
  const rows = ctx.report.polls.flatMap((poll) =>
    poll.results.map((r): PollRow => ({
      prompt: poll.prompt,
      kind: poll.type === 'words' ? s('polls.words') : s('polls.choice'),
      date: new Date(poll.createdAt),
      answers: poll.answers,
      label: r.label,
      count: r.count,
      share: poll.answers ? r.count / poll.answers : 0,
    })),
  );
  tableSheet(workbook, ctx, s('sheets.polls'), columns, rows);
}

/**
 * The workshop as a workbook: Workshop (description, key figures, chapters, articles), Attendance
 * (participant × day, and totals by country, organisation and gender), Results (one row per
 * participant), Item analysis, Answers (one row per participant × question with every field) and,
 * when the live room ran any, Quick polls (one row per option or word).
 */
export async function sessionXlsx(
  report: SessionReport,
  onSheet: (sheet: string) => void = () => undefined,
): Promise<Buffer> {
  const ctx = sessionContext(report);
  const workbook = newWorkbook(
    `${ctx.s('reportTitle')} — ${report.workshop.title}`,
    report.generatedAt,
  );
  workshopSheet(workbook, ctx);
  onSheet('workshop');
  attendanceSheet(workbook, ctx);
  onSheet('attendance');
  resultsSheet(workbook, ctx);
  onSheet('results');
  itemsSheet(workbook, ctx);
  onSheet('items');
  const answers = tableSheet(
    workbook,
    ctx,
    ctx.s('sheets.answers'),
    ANSWER_COLUMNS,
    report.answers,
  );
  const credit = ANSWER_COLUMNS.findIndex((c) => c.key === 'credit') + 1;
  answers.getColumn(credit).numFmt = '0.##';
  onSheet('answers');
  // Reported whether or not the room ran polls, so the step count is known beforehand.
  if (report.polls.length > 0) pollsSheet(workbook, ctx);
  onSheet('polls');
  onSheet('pack');
  return workbookBytes(workbook);
}
