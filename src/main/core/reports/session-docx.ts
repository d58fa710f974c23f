import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  articleRef,
  fill,
  formatDate,
  formatPercent,
  isRtl,
} from '../../../shared/reports/report-text';
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

const ACCENT = '14375E';
const MUTED = '52606D';
const HEADER_FILL = 'EEF2F6';
const LANGUAGE_TAGS: Record<string, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ar: 'ar-SA',
  ru: 'ru-RU',
  zh: 'zh-CN',
  vi: 'vi-VN',
};
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

type Block = Paragraph | Table;

interface TextOptions {
  bold?: boolean;
  size?: number;
  color?: string;
  italics?: boolean;
}

/** Paragraphs, cells and tables that all know the report's direction. */
function writer(ctx: SessionContext) {
  const rtl = isRtl(ctx.lang);
  const runs = (text: string, o: TextOptions = {}): TextRun[] =>
    text.split(/\r?\n/).map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: o.bold,
          boldComplexScript: o.bold,
          size: o.size,
          color: o.color,
          italics: o.italics,
          rightToLeft: rtl,
        }),
    );
  const p = (
    content: string | ParagraphChild[],
    o: TextOptions & {
      heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
      pageBreakBefore?: boolean;
      after?: number;
      bullet?: boolean;
    } = {},
  ) =>
    new Paragraph({
      children: typeof content === 'string' ? runs(content, o) : content,
      heading: o.heading,
      bidirectional: rtl,
      pageBreakBefore: o.pageBreakBefore,
      keepNext: Boolean(o.heading),
      spacing: o.after !== undefined ? { after: o.after } : undefined,
      numbering: o.bullet ? { reference: 'bullets', level: 0 } : undefined,
    });
  const cell = (text: string, o: TextOptions & { fill?: string } = {}) =>
    new TableCell({
      children: [p(text, { size: o.size ?? 17, bold: o.bold, color: o.color, after: 0 })],
      shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  const table = (headers: string[], rows: TableCell[][], widths?: number[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: widths?.map((w) => Math.round(w * 100)),
      layout: widths ? TableLayoutType.FIXED : TableLayoutType.AUTOFIT,
      visuallyRightToLeft: rtl,
      borders: {
        top: { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE1' },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE1' },
        left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE1' },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: headers.map((text) => cell(text, { fill: HEADER_FILL, bold: true, size: 16 })),
        }),
        ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells })),
      ],
    });
  const field = (label: string, value: string) =>
    p(
      [...runs(`${label}: `, { color: MUTED, size: 18 }), ...runs(value, { size: 20, bold: true })],
      {
        after: 60,
      },
    );
  return { rtl, runs, p, cell, table, field };
}

type W = ReturnType<typeof writer>;

function cover(ctx: SessionContext, w: W): Block[] {
  const { report, t, s, lang } = ctx;
  return [
    w.p(t.instrument, { color: MUTED, size: 22, after: 120 }),
    w.p(s.reportTitle, { heading: HeadingLevel.TITLE }),
    w.p(report.workshop.title, { bold: true, size: 40, after: 80 }),
    w.p(workshopDates(ctx), { size: 26, color: '323F4B', after: 360 }),
    ...workshopFields(ctx)
      .slice(1)
      .map(([k, v]) => w.field(k, v)),
    w.p(fill(t.cover.generatedOn, { date: formatDate(report.generatedAt, lang) }), {
      color: MUTED,
      size: 18,
    }),
  ];
}

function summary(ctx: SessionContext, w: W, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  const g = report.gain;
  const big = (v: string) => w.cell(v, { bold: true, size: 30, color: ACCENT });
  return [
    w.p(s.sections.summary, { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.table(
      [s.summary.participants, s.summary.meanPre, s.summary.meanPost, s.summary.meanGain],
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
    w.field(s.summary.normalisedGain, normalisedText(lang, g.normalisedGain)),
    w.field(
      s.summary.improved,
      g.shareImproved === null ? '—' : formatPercent(g.shareImproved, lang),
    ),
    w.p(s.summary.findings, { heading: HeadingLevel.HEADING_2 }),
    ...sessionSummarySentences(ctx).map((x) => w.p(x, { bullet: true })),
    w.p(s.charts.distribution, { heading: HeadingLevel.HEADING_2 }),
    w.table(
      [s.labels.score, s.results.pre, s.results.post],
      report.charts.distribution.map((b) => [
        w.cell(`${b.from}–${b.to === 100 ? 100 : b.to - 1}%`),
        w.cell(String(b.pre)),
        w.cell(String(b.post), { bold: true }),
      ]),
    ),
    w.p(s.charts.byChapter, { heading: HeadingLevel.HEADING_2 }),
    w.table(
      [ctx.t.labels.chapter, s.results.pre, s.results.post, s.results.gain],
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

function attendance(ctx: SessionContext, w: W, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  const a = report.attendance;
  const groups = (
    [
      ['country', s.attendance.byCountry, a.byCountry],
      ['organisation', s.attendance.byOrganisation, a.byOrganisation],
      ['gender', s.attendance.byGender, a.byGender],
    ] as const
  ).flatMap(([kind, title, list]) => [
    w.p(title, { heading: HeadingLevel.HEADING_3 }),
    w.table(
      ['', s.summary.participants, s.attendance.daysAttended, s.attendance.rate],
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
    w.p(s.sections.attendance, { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s.attendance.note, { color: MUTED, size: 17 }),
    w.table(
      [
        s.labels.name,
        s.labels.organisation,
        ...a.days.map((d) => formatDate(d, lang)),
        s.attendance.daysAttended,
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

function results(ctx: SessionContext, w: W, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  const score = (v: number | null) => (v === null ? s.results.notTaken : scoreText(lang, v));
  return [
    w.p(s.sections.results, { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s.results.note, { color: MUTED, size: 17 }),
    w.table(
      [
        s.labels.name,
        s.labels.organisation,
        s.labels.country,
        s.results.pre,
        s.results.post,
        s.results.gain,
        s.results.normalisedGain,
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
    w.p(s.results.needHelp, { heading: HeadingLevel.HEADING_2 }),
    w.p(s.results.needHelpNote, { color: MUTED, size: 17 }),
    ...(report.needHelp.length
      ? report.needHelp.map((p) =>
          w.p(
            `${p.name} — ${s.results.post}: ${scoreText(lang, p.post)}; ${s.results.gain}: ${pointsText(ctx, p.gain)}`,
            { bullet: true },
          ),
        )
      : [w.p(s.results.noNeedHelp)]),
  ];
}

function questions(ctx: SessionContext, w: W, first: boolean): Block[] {
  const { report, t, s, lang } = ctx;
  const out: Block[] = [
    w.p(s.sections.questions, { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s.questions.note, { color: MUTED, size: 17 }),
  ];
  if (!report.difficult.length) out.push(w.p(s.questions.none));
  for (const q of report.difficult) {
    out.push(
      w.p(
        `${s.labels.question} ${q.number} — ${q.articles.map((n) => articleRef(t, n, '')).join(', ')}`,
        { heading: HeadingLevel.HEADING_3 },
      ),
      w.p(q.prompt, { bold: true }),
      w.field(s.questions.facility, `${formatPercent(q.facility, lang)} (${q.answered})`),
      w.field(s.questions.correct, q.correctAnswer),
    );
    if (q.commonWrong)
      out.push(
        w.field(s.questions.commonWrong, `${q.commonWrong.answer} (${q.commonWrong.count})`),
      );
  }
  return out;
}

function items(ctx: SessionContext, w: W, first: boolean): Block[] {
  const { report, s, lang } = ctx;
  return [
    w.p(s.sections.items, { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s.items.note, { color: MUTED, size: 17 }),
    report.items.length
      ? w.table(
          [
            s.labels.quiz,
            s.labels.questionNumber,
            s.labels.question,
            s.labels.articles,
            s.items.facility,
            s.items.discrimination,
            s.items.flags,
          ],
          report.items.map((i) => [
            w.cell(i.quiz === 'pre' ? s.results.pre : s.results.post),
            w.cell(String(i.number || '—')),
            w.cell(i.prompt, { size: 16 }),
            w.cell(i.articles.join(', ')),
            w.cell(formatPercent(i.facility, lang)),
            w.cell(normalisedText(lang, i.discrimination)),
            w.cell(i.flags.map((f) => s.items.flagNames[f]).join(', '), {
              color: i.flags.length ? '9B1C1C' : undefined,
              bold: i.flags.length > 0,
            }),
          ]),
          [11, 6, 45, 9, 9, 9, 11],
        )
      : w.p(s.items.none),
  ];
}

function articles(ctx: SessionContext, w: W, first: boolean): Block[] {
  const { report, t, s, lang } = ctx;
  const lists = report.targetChecklists;
  return [
    w.p(s.sections.articles, { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(s.articles.note, { color: MUTED, size: 17 }),
    ...(lists.length ? [] : [w.p(s.articles.noChecklists, { color: MUTED, size: 17 })]),
    w.table(
      [
        t.labels.article,
        s.results.pre,
        s.results.post,
        s.results.gain,
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
              ? `${t.results.implemented}: ${n.implemented}\n${t.results.partial}: ${n.partial}\n${t.results.gap}: ${n.gap}`
              : '—',
            { size: 15 },
          );
        }),
      ]),
    ),
  ];
}

function footer(ctx: SessionContext, w: W): Footer {
  const children: ParagraphChild[] = [
    ...w.runs(`${ctx.report.workshop.title}    `, { size: 15, color: MUTED }),
  ];
  for (const piece of ctx.t.page.split(/(\{page\}|\{pages\})/)) {
    if (piece === '{page}')
      children.push(new TextRun({ children: [PageNumber.CURRENT], size: 15, color: MUTED }));
    else if (piece === '{pages}')
      children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 15, color: MUTED }));
    else if (piece) children.push(...w.runs(piece, { size: 15, color: MUTED }));
  }
  return new Footer({
    children: [new Paragraph({ children, bidirectional: w.rtl, alignment: AlignmentType.END })],
  });
}

/** The workshop report as a Word document: the PDF's sections, with tables for the charts. */
export async function sessionDocx(report: SessionReport): Promise<Buffer> {
  const ctx = sessionContext(report);
  const w = writer(ctx);
  const sections = report.options.sections;
  const body: Block[] = [];
  const add = (build: (ctx: SessionContext, w: W, first: boolean) => Block[]) =>
    body.push(...build(ctx, w, body.length === 0));
  if (sections.includes('cover')) add(cover);
  if (sections.includes('summary')) add(summary);
  if (sections.includes('attendance')) add(attendance);
  if (sections.includes('results')) add(results);
  if (sections.includes('questions')) add(questions);
  if (sections.includes('items')) add(items);
  if (sections.includes('articles')) add(articles);

  const font = {
    ascii: 'Noto Sans',
    hAnsi: 'Noto Sans',
    eastAsia: 'Noto Sans SC',
    cs: 'Noto Sans Arabic',
  };
  const heading = (size: number) => ({
    run: { font, size, bold: true, boldComplexScript: true, color: ACCENT, rightToLeft: w.rtl },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  const doc = new Document({
    title: `${ctx.s.reportTitle} — ${report.workshop.title}`,
    creator: 'Convention Workbench',
    description: report.workshop.title,
    styles: {
      default: {
        document: {
          run: {
            font,
            size: 19,
            language: {
              value: LANGUAGE_TAGS[ctx.lang] ?? 'en-GB',
              eastAsia: 'zh-CN',
              bidirectional: 'ar-SA',
            },
            rightToLeft: w.rtl,
          },
          paragraph: { spacing: { after: 100, line: 276 } },
        },
        title: {
          run: { font, size: 52, bold: true, boldComplexScript: true, color: ACCENT },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: heading(34),
        heading2: heading(26),
        heading3: heading(21),
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { start: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1020, bottom: 1134, left: 907, right: 907 },
          },
        },
        footers: { default: footer(ctx, w) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
