import type { Table, TableCell } from 'docx';
import { HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { PAGE_NUMBER_MARKERS } from './page-templates';
import { RESULTS, type ItemResult } from '../../../shared/domain/assessments';
import type { AssessmentReport, ReportItem } from '../../../shared/reports/assessment-report';
import { type Translate } from '../../../shared/i18n/report-catalogs';
import {
  articleRef,
  formatDate,
  formatPercent,
  isRtl,
} from '../../../shared/reports/report-locale';
import { ACCENT, DocxWriter, MUTED, hex, packDocx, solid, type Block } from './docx-kit';
import {
  RESULT_COLOURS,
  chapterHeading,
  detailNote,
  citationText,
  countryLabel,
  describeFilters,
  elementStateName,
  hasFilters,
  historyLine,
  organisationOf,
  reportContext,
  type ReportContext,
} from './report-format';
import { summarySentences } from './report-html';

/** The checklist report's DOCX pieces: tables sized by their header cells, "Label: value" fields. */
class Writer extends DocxWriter {
  constructor(readonly ctx: ReportContext) {
    super(isRtl(ctx.lang));
  }

  get t(): Translate<'reports'> {
    return this.ctx.t;
  }

  /** A full-width table with a repeating, shaded header row. Widths in percent. */
  grid(headers: string[], rows: TableCell[][], widths?: number[]): Table {
    return this.table(
      headers.map((text, i) => this.headerCell(text, widths?.[i])),
      rows,
      { fixed: true },
    );
  }

  resultCell(result: ItemResult): TableCell {
    const colour = RESULT_COLOURS[result];
    return this.cell(this.t(`results.${result}`), {
      fill: hex(colour.fill),
      color: hex(colour.text),
      bold: true,
      size: 16,
    });
  }

  /** "Label: value" with the label muted. */
  field(label: string, value: string): Paragraph {
    return this.p(
      [...this.runs(`${label}: `, { color: MUTED, size: 17 }), ...this.runs(value, { size: 19 })],
      { spacingAfter: 40 },
    );
  }
}

/** Reads the pixel size of a PNG or JPEG, for placing a logo at its aspect ratio. */
function imageSize(data: Buffer): { width: number; height: number } | null {
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47) {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < data.length) {
      if (data[offset] !== 0xff) return null;
      const marker = data[offset + 1]!;
      const length = data.readUInt16BE(offset + 2);
      if (
        marker >= 0xc0 &&
        marker <= 0xcf &&
        marker !== 0xc4 &&
        marker !== 0xc8 &&
        marker !== 0xcc
      ) {
        return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return null;
}

function logo(w: Writer, dataUrl: string | undefined): Paragraph[] {
  if (!dataUrl) return [];
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  if (!match) return [];
  const data = Buffer.from(match[2]!, 'base64');
  const size = imageSize(data);
  if (!size || size.width === 0 || size.height === 0) return [];
  const scale = Math.min(200 / size.width, 90 / size.height, 1);
  return [
    w.p([
      new ImageRun({
        type: match[1] === 'png' ? 'png' : 'jpg',
        data,
        transformation: {
          width: Math.round(size.width * scale),
          height: Math.round(size.height * scale),
        },
        altText: {
          name: w.t('cover.logo'),
          description: w.t('cover.logo'),
          title: w.t('cover.logo'),
        },
      }),
    ]),
  ];
}

function cover(w: Writer): Block[] {
  const { report, t, lang } = w.ctx;
  const a = report.assessment;
  const organisation = organisationOf(w.ctx);
  return [
    ...logo(w, report.options.logoDataUrl),
    w.p(t('instrument'), { color: MUTED, size: 22, spacingAfter: 120 }),
    w.p(t('reportTitle'), { heading: HeadingLevel.TITLE }),
    w.p(countryLabel(w.ctx), { bold: true, size: 40, spacingAfter: 80 }),
    w.p(a.title, { size: 28, color: '323F4B', spacingAfter: 360 }),
    w.field(t('cover.assessmentDate'), formatDate(a.date, lang)),
    ...(a.assessors.length ? [w.field(t('cover.assessors'), a.assessors.join(', '))] : []),
    ...(organisation ? [w.field(t('cover.organisation'), organisation)] : []),
    w.p(t('cover.generatedOn', { date: formatDate(report.generatedAt, lang) }), {
      color: MUTED,
      size: 18,
    }),
  ];
}

function summary(w: Writer, first: boolean): Block[] {
  const { report, t, lang } = w.ctx;
  const { totals } = report;
  const pct = (v: number | null) => formatPercent(v, lang);
  const out: Block[] = [
    w.p(t('sections.summary'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
  ];
  if (hasFilters(w.ctx))
    out.push(
      w.p(t('summary.filtersApplied', { filters: describeFilters(w.ctx) || '—' }), {
        shading: 'FFF7E0',
      }),
    );
  out.push(
    w.grid(
      [
        t('summary.items'),
        t('summary.completion'),
        t('summary.score'),
        t('summary.overdueActions'),
      ],
      [
        [
          String(totals.items),
          pct(totals.completion),
          pct(totals.score),
          String(totals.overdue),
        ].map((v) => w.cell(v, { bold: true, size: 32, color: ACCENT })),
      ],
      [25, 25, 25, 25],
    ),
    w.p(t('summary.findings'), { heading: HeadingLevel.HEADING_2 }),
    ...summarySentences(w.ctx).map((s) => w.p(s, { bullet: true })),
    w.p(t('summary.byResult'), { heading: HeadingLevel.HEADING_2 }),
    w.grid(
      [t('labels.result'), t('summary.count'), t('summary.share')],
      RESULTS.map((r) => [
        w.resultCell(r),
        w.cell(String(totals.counts[r])),
        w.cell(pct(totals.items ? totals.counts[r] / totals.items : 0)),
      ]),
      [50, 25, 25],
    ),
    w.p(t('summary.gapsByPriority'), { heading: HeadingLevel.HEADING_2 }),
    w.grid(
      [t('labels.priority'), t('summary.count')],
      (['high', 'medium', 'low', 'unset'] as const).map((p) => [
        w.cell(t(`priorities.${p}`)),
        w.cell(String(report.gapsByPriority[p])),
      ]),
      [50, 50],
    ),
  );
  return out;
}

/** A bar of 20 coloured blocks, one colour per result, in proportion. */
function textBar(w: Writer, counts: Record<ItemResult, number>, items: number): Paragraph {
  const cells = 20;
  const runs: TextRun[] = [];
  let used = 0;
  RESULTS.forEach((r, index) => {
    const exact = items ? (counts[r] / items) * cells : 0;
    const n =
      index === RESULTS.length - 1
        ? Math.max(0, (items ? cells : 0) - used)
        : Math.min(cells - used, Math.round(exact));
    used += n;
    if (n > 0)
      runs.push(
        new TextRun({
          text: '█'.repeat(n),
          color: hex(RESULT_COLOURS[r].fill),
          size: 14,
          rightToLeft: w.rtl,
        }),
      );
  });
  return new Paragraph({ children: runs, bidirectional: w.rtl, spacing: { after: 0 } });
}

function charts(w: Writer, first: boolean): Block[] {
  const { report, t, lang } = w.ctx;
  const legend = w.p(
    RESULTS.flatMap((r) => [
      new TextRun({
        text: '■ ',
        color: hex(RESULT_COLOURS[r].fill),
        size: 18,
        rightToLeft: w.rtl,
      }),
      ...w.runs(`${t(`results.${r}`)}    `, { size: 17 }),
    ]),
  );
  return [
    w.p(t('sections.charts'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(t('charts.note'), { color: MUTED, size: 17 }),
    legend,
    w.grid(
      [
        t('labels.chapter'),
        t('summary.items'),
        ...RESULTS.map((r) => t(`results.${r}`)),
        t('summary.score'),
        '',
      ],
      report.byChapter.map((c) => [
        w.cell(chapterHeading(w.ctx, c.chapter)),
        w.cell(String(c.items)),
        ...RESULTS.map((r) => w.cell(String(c.counts[r]))),
        w.cell(formatPercent(c.score, lang), { bold: true }),
        w.cell([textBar(w, c.counts, c.items)]),
      ]),
      [22, 7, 8, 8, 8, 8, 8, 9, 22],
    ),
  ];
}

function actionPlan(w: Writer, first: boolean): Block[] {
  const { report, t, lang } = w.ctx;
  const out: Block[] = [
    w.p(t('sections.actionPlan'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
    w.p(t('plan.note'), { color: MUTED, size: 17 }),
  ];
  if (report.actionPlan.length === 0) out.push(w.p(t('plan.noActions')));
  for (const group of report.actionPlan) {
    out.push(
      w.p(`${group.agency || t('plan.noAgency')} (${group.items.length})`, {
        heading: HeadingLevel.HEADING_2,
      }),
      w.grid(
        [
          t('labels.article'),
          t('labels.provision'),
          t('labels.result'),
          t('labels.actionType'),
          t('labels.action'),
          t('labels.priority'),
          t('labels.targetDate'),
          t('labels.status'),
        ],
        group.items.map((i) => [
          w.cell(articleRef(t, i.articleNumber, i.paragraph), { bold: true }),
          w.cell(i.provisionText, { size: 16 }),
          w.resultCell(i.result),
          w.cell(i.actionType ? t(`actionTypes.${i.actionType}`) : '—'),
          w.cell(i.action || '—'),
          w.cell(i.priority ? t(`priorities.${i.priority}`) : t('priorities.unset')),
          w.cell(
            `${i.targetDate ? formatDate(i.targetDate, lang) : '—'}${i.overdue ? `\n${t('labels.overdue')}` : ''}`,
            i.overdue ? { color: '9B1C1C', bold: true } : {},
          ),
          w.cell(t(`statuses.${i.status}`)),
        ]),
        [10, 24, 11, 11, 21, 7, 9, 7],
      ),
    );
  }
  return out;
}

function itemDetail(w: Writer, i: ReportItem): Block[] {
  const { t, lang } = w.ctx;
  const colour = RESULT_COLOURS[i.result];
  const out: Block[] = [
    w.p(`${articleRef(t, i.articleNumber, i.paragraph)} — ${i.articleTitle}`, {
      heading: HeadingLevel.HEADING_3,
    }),
    w.p(
      [
        new TextRun({
          text: ` ${t(`results.${i.result}`)} `,
          bold: true,
          color: hex(colour.text),
          shading: solid(hex(colour.fill)),
          size: 17,
          rightToLeft: w.rtl,
        }),
        ...w.runs(
          `   ${t('labels.status')}: ${t(`statuses.${i.status}`)}   ·   ${t(`levels.${i.provisionLevel}`)}`,
          {
            size: 17,
            color: MUTED,
          },
        ),
      ],
      { keepNext: true },
    ),
    w.p(i.provisionText, { italics: true, color: '323F4B', shading: 'F5F7FA' }),
  ];
  if (i.retired) out.push(w.p(t('details.retired'), { color: MUTED, size: 17 }));
  if (i.inLaw) out.push(w.field(t('labels.inLaw'), t(`lawPractice.${i.inLaw}`)));
  if (i.inPractice) out.push(w.field(t('labels.inPractice'), t(`lawPractice.${i.inPractice}`)));
  if (i.actionType) out.push(w.field(t('labels.actionType'), t(`actionTypes.${i.actionType}`)));
  if (i.priority) out.push(w.field(t('labels.priority'), t(`priorities.${i.priority}`)));
  if (i.agency.trim()) out.push(w.field(t('labels.agency'), i.agency));
  if (i.targetDate)
    out.push(
      w.field(
        t('labels.targetDate'),
        `${formatDate(i.targetDate, lang)}${i.overdue ? ` — ${t('labels.overdue')}` : ''}`,
      ),
    );
  if (i.citations.length) {
    out.push(w.p(t('labels.citations'), { bold: true, size: 18, color: MUTED, keepNext: true }));
    out.push(...i.citations.map((c) => w.p(citationText(c), { bullet: true })));
  }
  if (i.evidence.trim())
    out.push(
      w.p(t('labels.evidence'), { bold: true, size: 18, color: MUTED, keepNext: true }),
      w.p(i.evidence),
    );
  if (i.action.trim())
    out.push(
      w.p(t('labels.action'), { bold: true, size: 18, color: MUTED, keepNext: true }),
      w.p(i.action),
    );
  if (i.provisionElements.length) {
    out.push(
      w.p(t('labels.elements'), { bold: true, size: 18, color: MUTED, keepNext: true }),
      w.grid(
        [t('labels.element'), t('labels.result'), t('labels.nationalText')],
        i.provisionElements.map((name, index) => {
          const e = i.elements.find((x) => x.index === index);
          return [
            w.cell(name),
            w.cell(elementStateName(t, e?.state ?? null)),
            w.cell(e?.nationalText ?? ''),
          ];
        }),
        [35, 15, 50],
      ),
    );
  }
  out.push(w.p(historyLine(i, w.ctx), { color: MUTED, size: 16 }));
  return out;
}

function details(w: Writer, first: boolean): Block[] {
  const { report, t } = w.ctx;
  const out: Block[] = [
    w.p(t('sections.details'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: !first }),
  ];
  const note = detailNote(w.ctx);
  if (note) out.push(w.p(note, { color: MUTED, size: 17 }));
  if (report.detailItems.length === 0) out.push(w.p(t('details.noItems')));
  let chapter: string | null = null;
  for (const item of report.detailItems) {
    if (item.chapter !== chapter) {
      chapter = item.chapter;
      out.push(w.p(chapterHeading(w.ctx, chapter), { heading: HeadingLevel.HEADING_2 }));
    }
    out.push(...itemDetail(w, item));
  }
  return out;
}

/** The report as a Word document: the same sections as the PDF, tables instead of charts. */
export async function docxReport(
  report: AssessmentReport,
  onSection: (section: string) => void = () => undefined,
): Promise<Buffer> {
  const ctx = reportContext(report);
  const w = new Writer(ctx);
  const sections = report.options.sections;
  const body: Block[] = [];
  const add = (build: (w: Writer, first: boolean) => Block[], section: string) => {
    body.push(...build(w, body.length === 0));
    onSection(section);
  };
  if (sections.includes('cover')) add(cover, 'cover');
  if (sections.includes('summary')) add(summary, 'summary');
  if (sections.includes('charts')) add(charts, 'charts');
  if (sections.includes('action-plan')) add(actionPlan, 'action-plan');
  if (sections.includes('details')) add(details, 'details');

  return packDocx(w, {
    title: `${ctx.t('reportTitle')} — ${countryLabel(ctx)}`,
    description: report.assessment.title,
    lang: ctx.lang,
    footer: `${countryLabel(ctx)} — ${report.assessment.title}`,
    pageLabel: ctx.t('page', PAGE_NUMBER_MARKERS),
    body,
  });
}
