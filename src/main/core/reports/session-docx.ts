import type { Paragraph, Table, TableCell } from 'docx';
import { HeadingLevel } from 'docx';
import { PAGE_NUMBER_MARKERS } from './page-templates';
import {
  articleRef,
  formatDate,
  formatPercent,
  isRtl,
} from '../../../shared/reports/report-locale';
import type { SessionReport } from '../../../shared/reports/session-report';
import {
  SESSION_COLOURS,
  countryText,
  gainText,
  groupLabel,
  markText,
  normalisedText,
  numberText,
  pointsText,
  scoreText,
  sessionChapterHeading,
  sessionContext,
  sessionSummarySentences,
  workshopDates,
  workshopFields,
  type SessionContext,
} from './session-format';
import { ACCENT, DocxWriter, MUTED, hex, packDocx, type Block } from './docx-kit';

/** The workshop report's DOCX pieces: tables sized by column, bold "Label: value" fields. */
class Writer extends DocxWriter {
  /** A full-width table with a repeating, shaded header row; widths in percent, else automatic. */
  grid(headers: string[], rows: TableCell[][], widths?: number[]): Table {
    return this.table(
      headers.map((text) => this.headerCell(text)),
      rows,
      { fixed: Boolean(widths), columnWidths: widths?.map((w) => Math.round(w * 100)) },
    );
  }

  field(label: string, value: string): Paragraph {
    return this.p(
      [
        ...this.runs(`${label}: `, { color: MUTED, size: 18 }),
        ...this.runs(value, { size: 20, bold: true, boldComplexScript: true }),
      ],
      { spacingAfter: 60 },
    );
  }
}

function cover(ctx: SessionContext, w: Writer): Block[] {
  const { report, t, s, lang } = ctx;
  return [
    w.p(t('instrument'), { color: MUTED, size: 22, spacingAfter: 120 }),
    w.p(s('reportTitle'), { heading: HeadingLevel.TITLE }),
    w.p(report.workshop.title, { bold: true, size: 40, spacingAfter: 80 }),
    w.p(workshopDates(ctx), { size: 26, color: '323F4B', spacingAfter: 360 }),
    ...workshopFields(ctx)
      .slice(1)
      .map(([k, v]) => w.field(k, v)),
    w.p(t('cover.generatedOn', { date: formatDate(report.generatedAt, lang) }), {
      color: MUTED,
      size: 18,
    }),
  ];
}

function summary(ctx: SessionContext, w: Writer, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  const g = report.gain;
  const big = (v: string) => w.cell(v, { bold: true, size: 30, color: ACCENT });
  return [
    w.p(s('sections.summary'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.grid(
      [
        s('summary.participants'),
        s('summary.meanPre'),
        s('summary.meanPost'),
        s('summary.meanGain'),
      ],
      [
        [
          big(String(report.participants.length)),
          big(scoreText(lang, g.meanPre)),
          big(scoreText(lang, g.meanPost)),
          w.cell(pointsText(ctx, g.meanGain), {
            bold: true,
            size: 30,
            color: hex(SESSION_COLOURS.gain),
          }),
        ],
      ],
    ),
    w.field(s('summary.normalisedGain'), normalisedText(lang, g.normalisedGain)),
    w.field(
      s('summary.improved'),
      g.shareImproved === null ? '—' : formatPercent(g.shareImproved, lang),
    ),
    w.p(s('summary.findings'), { heading: HeadingLevel.HEADING_2 }),
    ...sessionSummarySentences(ctx).map((x) => w.p(x, { bullet: true })),
    w.p(s('charts.distribution'), { heading: HeadingLevel.HEADING_2 }),
    w.grid(
      [s('labels.score'), s('results.pre'), s('results.post')],
      report.charts.distribution.map((b) => [
        w.cell(`${b.from}–${b.to === 100 ? 100 : b.to - 1}%`),
        w.cell(String(b.pre)),
        w.cell(String(b.post), { bold: true }),
      ]),
    ),
    w.p(s('charts.byChapter'), { heading: HeadingLevel.HEADING_2 }),
    w.grid(
      [ctx.t('labels.chapter'), s('results.pre'), s('results.post'), s('results.gain')],
      report.charts.byChapter.map((c) => [
        w.cell(sessionChapterHeading(ctx, c.chapter, c.title)),
        w.cell(scoreText(lang, c.pre)),
        w.cell(scoreText(lang, c.post), { bold: true }),
        w.cell(gainText(lang, c.gain)),
      ]),
      [55, 15, 15, 15],
    ),
  ];
}

function attendance(ctx: SessionContext, w: Writer, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  const a = report.attendance;
  const groups = (
    [
      ['country', s('attendance.byCountry'), a.byCountry],
      ['organisation', s('attendance.byOrganisation'), a.byOrganisation],
      ['gender', s('attendance.byGender'), a.byGender],
    ] as const
  ).flatMap(([kind, title, list]) => [
    w.p(title, { heading: HeadingLevel.HEADING_3 }),
    w.grid(
      ['', s('summary.participants'), s('attendance.daysAttended'), s('attendance.rate')],
      list.map((g) => [
        w.cell(groupLabel(ctx, kind, g)),
        w.cell(String(g.participants)),
        w.cell(numberText(lang, g.daysAttended)),
        w.cell(formatPercent(g.rate, lang)),
      ]),
      [46, 18, 18, 18],
    ),
  ]);
  const markColour = { present: 'E3F1E8', partly: 'FDF1D6', absent: 'FDECEA' } as const;
  return [
    w.p(s('sections.attendance'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s('attendance.note'), { color: MUTED, size: 17 }),
    w.grid(
      [
        s('labels.name'),
        s('labels.organisation'),
        ...a.days.map((d) => formatDate(d, lang)),
        s('attendance.daysAttended'),
      ],
      report.participants.map((p) => [
        w.cell(p.name, { bold: true }),
        w.cell(p.organisation),
        ...p.attendance.map((m) =>
          w.cell(markText(ctx, m), { size: 15, fill: m ? markColour[m] : undefined }),
        ),
        w.cell(numberText(lang, p.daysAttended), { bold: true }),
      ]),
    ),
    ...groups,
  ];
}

function results(ctx: SessionContext, w: Writer, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  const score = (v: number | null) => (v === null ? s('results.notTaken') : scoreText(lang, v));
  return [
    w.p(s('sections.results'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s('results.note'), { color: MUTED, size: 17 }),
    w.grid(
      [
        s('labels.name'),
        s('labels.organisation'),
        s('labels.country'),
        s('results.pre'),
        s('results.post'),
        s('results.gain'),
        s('results.normalisedGain'),
      ],
      report.participants.map((p) => [
        w.cell(p.name, { bold: true }),
        w.cell(p.organisation),
        w.cell(countryText(ctx, p.country, p.countryName)),
        w.cell(score(p.pre)),
        w.cell(score(p.post), { bold: true }),
        w.cell(gainText(lang, p.gain), {
          color:
            p.gain === null || p.gain === 0
              ? undefined
              : hex(p.gain > 0 ? SESSION_COLOURS.gain : SESSION_COLOURS.loss),
        }),
        w.cell(normalisedText(lang, p.normalisedGain)),
      ]),
      [22, 22, 12, 11, 11, 10, 12],
    ),
    w.p(s('results.needHelp'), { heading: HeadingLevel.HEADING_2 }),
    w.p(s('results.needHelpNote'), { color: MUTED, size: 17 }),
    ...(report.needHelp.length
      ? report.needHelp.map((p) =>
          w.p(
            `${p.name} — ${s('results.post')}: ${scoreText(lang, p.post)}; ${s('results.gain')}: ${pointsText(ctx, p.gain)}`,
            { bullet: true },
          ),
        )
      : [w.p(s('results.noNeedHelp'))]),
  ];
}

function questions(ctx: SessionContext, w: Writer, first: boolean): Block[] {
  const { report, t, s, lang } = ctx;
  const out: Block[] = [
    w.p(s('sections.questions'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s('questions.note'), { color: MUTED, size: 17 }),
  ];
  if (!report.difficult.length) out.push(w.p(s('questions.none')));
  for (const q of report.difficult) {
    out.push(
      w.p(
        `${s('labels.question')} ${q.number} — ${q.articles.map((n) => articleRef(t, n, '')).join(', ')}`,
        { heading: HeadingLevel.HEADING_3 },
      ),
      w.p(q.prompt, { bold: true }),
      w.field(s('questions.facility'), `${formatPercent(q.facility, lang)} (${q.answered})`),
      w.field(s('questions.correct'), q.correctAnswer),
    );
    if (q.commonWrong)
      out.push(
        w.field(s('questions.commonWrong'), `${q.commonWrong.answer} (${q.commonWrong.count})`),
      );
  }
  return out;
}

function items(ctx: SessionContext, w: Writer, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  return [
    w.p(s('sections.items'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s('items.note'), { color: MUTED, size: 17 }),
    report.items.length
      ? w.grid(
          [
            s('labels.quiz'),
            s('labels.questionNumber'),
            s('labels.question'),
            s('labels.articles'),
            s('items.facility'),
            s('items.discrimination'),
            s('items.flags'),
          ],
          report.items.map((i) => [
            w.cell(i.quiz === 'pre' ? s('results.pre') : s('results.post')),
            w.cell(String(i.number || '—')),
            w.cell(i.prompt, { size: 16 }),
            w.cell(i.articles.join(', ')),
            w.cell(formatPercent(i.facility, lang)),
            w.cell(normalisedText(lang, i.discrimination)),
            w.cell(i.flags.map((f) => s(`items.flagNames.${f}`)).join(', '), {
              color: i.flags.length ? '9B1C1C' : undefined,
              bold: i.flags.length > 0,
            }),
          ]),
          [11, 6, 45, 9, 9, 9, 11],
        )
      : w.p(s('items.none')),
  ];
}

function articles(ctx: SessionContext, w: Writer, first: boolean): Block[] {
  const { report, t, s, lang } = ctx;
  const lists = report.targetChecklists;
  return [
    w.p(s('sections.articles'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s('articles.note'), { color: MUTED, size: 17 }),
    ...(lists.length ? [] : [w.p(s('articles.noChecklists'), { color: MUTED, size: 17 })]),
    w.grid(
      [
        t('labels.article'),
        s('results.pre'),
        s('results.post'),
        s('results.gain'),
        ...lists.map((c) => countryText(ctx, c.country, c.countryName)),
      ],
      report.articles.map((a) => [
        w.cell(`${articleRef(t, a.articleNumber, '')} ${a.title}`),
        w.cell(scoreText(lang, a.pre)),
        w.cell(scoreText(lang, a.post), { bold: true }),
        w.cell(gainText(lang, a.gain)),
        ...lists.map((c) => {
          const n = a.checklists.find((x) => x.country === c.country);
          return w.cell(
            n
              ? `${t('results.implemented')}: ${n.implemented}\n${t('results.partial')}: ${n.partial}\n${t('results.gap')}: ${n.gap}`
              : '—',
            { size: 15 },
          );
        }),
      ]),
    ),
  ];
}

/** The workshop's quick polls: each prompt, then its answers with counts and shares. */
function polls(ctx: SessionContext, w: Writer, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  const blocks: Block[] = [
    w.p(s('sections.polls'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s('polls.note'), { color: MUTED, size: 17 }),
  ];
  if (report.polls.length === 0) return [...blocks, w.p(s('polls.none'))];
  for (const poll of report.polls) {
    const kind = poll.type === 'words' ? `${s('polls.words')} · ` : '';
    blocks.push(
      w.p(poll.prompt, { heading: HeadingLevel.HEADING_2 }),
      w.p(
        `${kind}${formatDate(poll.createdAt.slice(0, 10), lang)} · ${s('polls.answers', { count: poll.answers })}`,
        { color: MUTED, size: 17 },
      ),
    );
    // A word cloud can have many words: the report keeps the twenty most frequent.
    const shown = poll.results.slice(0, 20);
    if (shown.length)
      blocks.push(
        w.grid(
          [s('labels.answer'), 'n', '%'],
          shown.map((r) => [
            w.cell(r.label),
            w.cell(String(r.count), { bold: true }),
            w.cell(formatPercent(poll.answers ? r.count / poll.answers : 0, lang)),
          ]),
          [70, 15, 15],
        ),
      );
  }
  return blocks;
}

/** The workshop report as a Word document: the PDF's sections, with tables for the charts. */
export async function sessionDocx(
  report: SessionReport,
  onSection: (section: string) => void = () => undefined,
): Promise<Buffer> {
  const ctx = sessionContext(report);
  const w = new Writer(isRtl(ctx.lang));
  const sections = report.options.sections;
  const body: Block[] = [];
  const add = (
    build: (ctx: SessionContext, w: Writer, first: boolean) => Block[],
    section: string,
  ) => {
    body.push(...build(ctx, w, body.length === 0));
    onSection(section);
  };
  if (sections.includes('cover')) add(cover, 'cover');
  if (sections.includes('summary')) add(summary, 'summary');
  if (sections.includes('attendance')) add(attendance, 'attendance');
  if (sections.includes('results')) add(results, 'results');
  if (sections.includes('questions')) add(questions, 'questions');
  if (sections.includes('items')) add(items, 'items');
  if (sections.includes('articles')) add(articles, 'articles');
  if (sections.includes('polls')) add(polls, 'polls');

  return packDocx(w, {
    title: `${ctx.s('reportTitle')} — ${report.workshop.title}`,
    description: report.workshop.title,
    lang: ctx.lang,
    footer: report.workshop.title,
    pageLabel: ctx.t('page', PAGE_NUMBER_MARKERS),
    body,
  });
}
