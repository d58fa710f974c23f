import { RESULTS, type ItemResult } from '../../../shared/domain/assessments';
import type { ResultCounts } from '../../../shared/assessments/stats';
import { PAGE_NUMBER_MARKERS } from './page-templates';
import {
  REPORT_SECTIONS,
  type AssessmentReport,
  type ReportItem,
} from '../../../shared/reports/assessment-report';
import {
  articleRef,
  formatDate,
  formatPercent,
  isRtl,
} from '../../../shared/reports/report-locale';
import { REPORT_FONT_STACK } from './fonts';
import { REPORT_PAGE_CSS, RESULT_CLASSES_CSS, escapeHtml, htmlPage } from './html-page';
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

export interface ReportHtmlOptions {
  /** @font-face rules (see reportFontCss); empty for the system fonts. */
  fontCss: string;
  /** Hears each section once it is laid out. */
  onSection?: (section: string) => void;
}

/** Escaped text; `h` for short. Every piece of report text goes through it. */
const h = escapeHtml;

/**
 * The report as one complete HTML document: the single template behind the PDF and the on-screen
 * print preview. A4 print CSS, no scripts, no external resources except the fonts in `fontCss`.
 * The page footer text rides on the root element (data-footer-title, data-page-label) for the
 * printer's footer template.
 */
export function reportHtml(
  report: AssessmentReport,
  { fontCss, onSection = () => undefined }: ReportHtmlOptions,
): string {
  const ctx = reportContext(report);
  const { t, lang } = ctx;
  const rtl = isRtl(lang);
  const sections = new Set(report.options.sections);
  const title = `${t('reportTitle')} — ${countryLabel(ctx)}`;
  const layout = {
    cover,
    summary,
    charts,
    'action-plan': actionPlan,
    details,
  } as const;
  const body = REPORT_SECTIONS.filter((name) => sections.has(name))
    .map((name) => {
      const html = layout[name](ctx);
      onSection(name);
      return html;
    })
    .join('\n');
  return htmlPage({
    lang,
    rtl,
    title,
    footerTitle: `${countryLabel(ctx)} — ${report.assessment.title}`,
    pageLabel: t('page', PAGE_NUMBER_MARKERS),
    fontCss,
    styles: STYLES,
    body,
    viewport: true,
  });
}

const STYLES = `
${REPORT_PAGE_CSS}
h1, h2, h3, h4, h5 { color: #14375e; line-height: 1.25; margin: 0; break-after: avoid; }
h2 {
  font-size: 17pt;
  border-block-end: 2px solid #14375e;
  padding-block-end: 4pt;
  margin-block-end: 10pt;
}
h3 { font-size: 12pt; margin-block: 14pt 6pt; }
h4 { font-size: 10.5pt; }
h5 { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: #52606d; margin-block-end: 2pt; }
:lang(ar) h5, :lang(zh) h5 { text-transform: none; letter-spacing: 0; font-size: 9pt; }
p { margin-block: 0 6pt; }
.major { break-before: page; }
.note { color: #52606d; font-size: 8.5pt; }
.filters {
  border: 1px solid #e8a317;
  background: #fff7e0;
  padding: 6pt 9pt;
  border-radius: 4pt;
  margin-block-end: 10pt;
}
.user { white-space: pre-wrap; unicode-bidi: plaintext; }
table { border-collapse: collapse; inline-size: 100%; margin-block-end: 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td {
  padding: 3pt 5pt;
  border-block-end: 1px solid #d5dbe1;
  text-align: start;
  vertical-align: top;
  overflow-wrap: break-word;
}
th { background: #eef2f6; font-size: 8pt; font-weight: 700; color: #323f4b; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.badge {
  display: inline-block;
  padding: 0.5pt 5pt;
  border-radius: 3pt;
  font-size: 8pt;
  font-weight: 700;
  white-space: nowrap;
}
.tag {
  display: inline-block;
  padding: 0.5pt 5pt;
  border-radius: 3pt;
  font-size: 8pt;
  background: #eef2f6;
  color: #323f4b;
  white-space: nowrap;
}
.overdue { background: #fdecea; color: #9b1c1c; font-weight: 700; }
.swatch {
  display: inline-block;
  inline-size: 9pt;
  block-size: 9pt;
  border-radius: 2pt;
  vertical-align: -1pt;
  margin-inline-end: 4pt;
}
${RESULT_CLASSES_CSS}

/* Cover */
.cover { display: flex; flex-direction: column; min-block-size: 255mm; }
.cover .logo { max-block-size: 28mm; max-inline-size: 70mm; object-fit: contain; align-self: flex-start; }
.cover .instrument {
  margin-block-start: 30mm;
  font-size: 11pt;
  letter-spacing: 0.03em;
  color: #52606d;
  text-transform: uppercase;
}
:lang(ar) .cover .instrument, :lang(zh) .cover .instrument { text-transform: none; letter-spacing: 0; }
.cover h1 { font-size: 26pt; margin-block: 6pt 18pt; }
.cover .country { font-size: 22pt; font-weight: 700; color: #1f2933; }
.cover .checklist { font-size: 14pt; color: #323f4b; margin-block: 4pt 22pt; }
.cover .rule { block-size: 4pt; inline-size: 40mm; background: #14375e; margin-block-end: 18pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 5pt 14pt; margin: 0; font-size: 10.5pt; }
.cover dt { color: #52606d; }
.cover dd { margin: 0; font-weight: 700; }
.cover .generated { margin-block-start: auto; color: #52606d; font-size: 9pt; border-block-start: 1px solid #d5dbe1; padding-block-start: 6pt; }

/* Summary */
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8pt; margin-block-end: 12pt; }
.kpi { border: 1px solid #d5dbe1; border-radius: 4pt; padding: 7pt 9pt; border-block-start: 3pt solid #14375e; }
.kpi .value { font-size: 18pt; font-weight: 700; color: #14375e; line-height: 1.2; }
.kpi .label { font-size: 8.5pt; color: #52606d; }
.findings { margin-block-end: 12pt; }
.findings li { margin-block-end: 3pt; }
.two { display: grid; grid-template-columns: 3fr 2fr; gap: 14pt; align-items: start; }
.meter { block-size: 7pt; background: #eef2f6; border-radius: 2pt; min-inline-size: 30mm; }
.meter > span { display: block; block-size: 100%; border-radius: 2pt; }

/* Charts */
.legend { display: flex; flex-wrap: wrap; gap: 4pt 14pt; margin-block: 4pt 10pt; padding: 0; list-style: none; font-size: 8.5pt; }
.chart { inline-size: 100%; block-size: auto; display: block; margin-block-end: 12pt; }
.chart-table td, .chart-table th { font-size: 8pt; }

/* Action plan */
.agency h3 { display: flex; gap: 6pt; align-items: baseline; }
.agency h3 .count { font-size: 9pt; color: #52606d; font-weight: 400; }
.plan td { font-size: 8.5pt; }
.plan .badge, .plan .tag { white-space: normal; }
.chart-table th { padding-inline: 3pt; font-size: 7.5pt; }
.plan .provision { color: #323f4b; }

/* Details */
.item { border-block-start: 1px solid #d5dbe1; padding-block: 8pt 6pt; }
/* An item may run on to the next page between its parts, never inside its head or provision:
   Chromium pushed every whole item that did not fit to a new page, leaving pages half empty. */
.item-head, .provision-text, .fields { break-inside: avoid; }
.item-head { break-after: avoid; }
.item-head { display: flex; justify-content: space-between; gap: 10pt; align-items: baseline; margin-block-end: 4pt; }
.item-head .tags { display: flex; gap: 4pt; flex-wrap: wrap; justify-content: flex-end; flex-shrink: 0; }
.provision-text { background: #f5f7fa; border-inline-start: 3pt solid #9aa5b1; padding: 4pt 8pt; margin-block: 0 6pt; color: #323f4b; }
.fields { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3pt 12pt; margin: 0 0 6pt; }
.fields dt { font-size: 7.5pt; color: #52606d; }
.fields dd { margin: 0; }
.block { margin-block-end: 5pt; }
.block ul { margin: 0; padding-inline-start: 14pt; }
.elements td, .elements th { font-size: 8pt; }
.history { font-size: 8pt; color: #52606d; margin: 0; }
`;

function cover(ctx: ReportContext): string {
  const { report, t, lang } = ctx;
  const a = report.assessment;
  const organisation = organisationOf(ctx);
  const rows: [string, string][] = [
    [t('cover.assessmentDate'), formatDate(a.date, lang)],
    ...(a.assessors.length
      ? [[t('cover.assessors'), a.assessors.join(', ')] as [string, string]]
      : []),
    ...(organisation ? [[t('cover.organisation'), organisation] as [string, string]] : []),
  ];
  return `<section class="cover" aria-label="${h(t('reportTitle'))}">
${report.options.logoDataUrl ? `<img class="logo" src="${h(report.options.logoDataUrl)}" alt="${h(t('cover.logo'))}">` : ''}
<div class="instrument">${h(t('instrument'))}</div>
<h1>${h(t('reportTitle'))}</h1>
<div class="rule"></div>
<div class="country">${h(countryLabel(ctx))}</div>
<div class="checklist"><bdi>${h(a.title)}</bdi></div>
<dl>
${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd><bdi>${h(v)}</bdi></dd>`).join('\n')}
</dl>
<p class="generated">${h(t('cover.generatedOn', { date: formatDate(report.generatedAt, lang) }))}</p>
</section>`;
}

/** The generated sentences of the executive summary. */
export function summarySentences(ctx: ReportContext): string[] {
  const { report, t, lang } = ctx;
  const { totals } = report;
  const pct = (v: number | null) => formatPercent(v, lang);
  const out = [t('summary.overview', { items: totals.items, completion: pct(totals.completion) })];
  out.push(
    totals.score === null
      ? t('summary.noScore')
      : t('summary.scoreSentence', { score: pct(totals.score) }),
  );
  out.push(
    totals.counts.gap === 0
      ? t('summary.noGaps')
      : t('summary.gaps', { gaps: totals.counts.gap, high: report.gapsByPriority.high }),
  );
  if (totals.overdue > 0) out.push(t('summary.overdue', { overdue: totals.overdue }));
  const scored = report.byChapter.filter((c) => c.score !== null);
  if (scored.length >= 2) {
    const sorted = [...scored].sort((a, b) => a.score! - b.score!);
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    const describe = (c: (typeof scored)[number]) => ({
      chapter: t('chapterRef', { number: c.chapter }),
      title: c.title,
      score: pct(c.score),
    });
    if (high.score! > low.score!) {
      out.push(t('summary.highestChapter', describe(high)));
      out.push(t('summary.lowestChapter', describe(low)));
    }
  }
  return out;
}

function summary(ctx: ReportContext): string {
  const { report, t, lang } = ctx;
  const { totals } = report;
  const pct = (v: number | null) => formatPercent(v, lang);
  const kpi = (value: string | number, label: string) =>
    `<div class="kpi"><div class="value">${h(value)}</div><div class="label">${h(label)}</div></div>`;
  const filters = hasFilters(ctx)
    ? `<p class="filters">${h(t('summary.filtersApplied', { filters: describeFilters(ctx) || '—' }))}</p>`
    : '';
  const resultRows = RESULTS.map((r) => {
    const n = totals.counts[r];
    const share = totals.items ? n / totals.items : 0;
    return `<tr><td><span class="swatch r-${r}"></span>${h(t(`results.${r}`))}</td><td class="num">${h(n)}</td><td class="num">${h(pct(share))}</td><td><div class="meter"><span class="r-${r}" style="inline-size: ${(share * 100).toFixed(1)}%"></span></div></td></tr>`;
  }).join('\n');
  const priorityRows = (['high', 'medium', 'low', 'unset'] as const)
    .map(
      (p) =>
        `<tr><td>${h(t(`priorities.${p}`))}</td><td class="num">${h(report.gapsByPriority[p])}</td></tr>`,
    )
    .join('\n');
  return `<section class="major summary" aria-labelledby="h-summary">
<h2 id="h-summary">${h(t('sections.summary'))}</h2>
${filters}
<div class="kpis">
${kpi(totals.items, t('summary.items'))}
${kpi(pct(totals.completion), t('summary.completion'))}
${kpi(pct(totals.score), t('summary.score'))}
${kpi(totals.overdue, t('summary.overdueActions'))}
</div>
${stackedBars(ctx, [{ label: t('charts.total'), items: totals.items, counts: totals.counts, score: totals.score }], t('summary.byResult'))}
<h3>${h(t('summary.findings'))}</h3>
<ul class="findings">
${summarySentences(ctx)
  .map((s) => `<li>${h(s)}</li>`)
  .join('\n')}
</ul>
<div class="two">
<div>
<h3>${h(t('summary.byResult'))}</h3>
<table>
<thead><tr><th>${h(t('labels.result'))}</th><th class="num">${h(t('summary.count'))}</th><th class="num">${h(t('summary.share'))}</th><th></th></tr></thead>
<tbody>
${resultRows}
</tbody>
</table>
</div>
<div>
<h3>${h(t('summary.gapsByPriority'))}</h3>
<table>
<thead><tr><th>${h(t('labels.priority'))}</th><th class="num">${h(t('summary.count'))}</th></tr></thead>
<tbody>
${priorityRows}
</tbody>
</table>
</div>
</div>
</section>`;
}

interface BarRow {
  label: string;
  items: number;
  counts: ResultCounts;
  score: number | null;
}

const CHART_WIDTH = 720;
const BAR_START = 0;
const BAR_WIDTH = 640;
const ROW_HEIGHT = 44;

/**
 * Horizontal 100 % stacked bars, one per row, drawn as inline SVG: the label and item count above
 * each bar, counts inside the segments that are wide enough, the score after the bar. Mirrored for
 * right-to-left reports.
 */
function stackedBars(ctx: ReportContext, rows: BarRow[], caption?: string): string {
  const { t, lang } = ctx;
  const rtl = isRtl(lang);
  const x = (pos: number, width = 0) => (rtl ? CHART_WIDTH - pos - width : pos);
  const height = rows.length * ROW_HEIGHT + 4;
  const parts: string[] = [];
  rows.forEach((row, index) => {
    const top = index * ROW_HEIGHT;
    parts.push(
      `<text x="${x(BAR_START)}" y="${top + 12}" class="lbl" text-anchor="start">${h(row.label)}</text>`,
      `<text x="${x(BAR_START + BAR_WIDTH)}" y="${top + 12}" class="cnt" text-anchor="end">${h(`${row.items} · ${t('summary.items')}`)}</text>`,
    );
    let pos = BAR_START;
    for (const r of RESULTS) {
      const n = row.counts[r];
      if (n === 0 || row.items === 0) continue;
      const w = (n / row.items) * BAR_WIDTH;
      parts.push(
        `<rect x="${x(pos, w).toFixed(2)}" y="${top + 17}" width="${w.toFixed(2)}" height="20" fill="${RESULT_COLOURS[r].fill}"><title>${h(`${t(`results.${r}`)}: ${n}`)}</title></rect>`,
      );
      if (w >= 18)
        parts.push(
          `<text x="${(x(pos, w) + w / 2).toFixed(2)}" y="${top + 31}" class="seg" text-anchor="middle" fill="${RESULT_COLOURS[r].text}">${h(n)}</text>`,
        );
      pos += w;
    }
    parts.push(
      `<text x="${x(BAR_START + BAR_WIDTH + 8)}" y="${top + 32}" class="score" text-anchor="start">${h(formatPercent(row.score, lang))}</text>`,
    );
  });
  const label = caption ?? t('sections.charts');
  return `<svg class="chart" role="img" aria-label="${h(label)}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" direction="${rtl ? 'rtl' : 'ltr'}" xmlns="http://www.w3.org/2000/svg">
<title>${h(label)}</title>
<style>
text { font-family: ${REPORT_FONT_STACK}; }
.lbl { font-size: 11px; font-weight: 700; fill: #1f2933; }
.cnt { font-size: 10px; fill: #52606d; }
.seg { font-size: 10px; font-weight: 700; }
.score { font-size: 12px; font-weight: 700; fill: #14375e; }
</style>
${parts.join('\n')}
</svg>`;
}

function legend(ctx: ReportContext): string {
  return `<ul class="legend" aria-label="${h(ctx.t('charts.legend'))}">
${RESULTS.map((r) => `<li><span class="swatch r-${r}"></span>${h(ctx.t(`results.${r}`))}</li>`).join('\n')}
</ul>`;
}

function charts(ctx: ReportContext): string {
  const { report, t, lang } = ctx;
  const rows: BarRow[] = report.byChapter.map((c) => ({
    label: chapterHeading(ctx, c.chapter),
    items: c.items,
    counts: c.counts,
    score: c.score,
  }));
  const head = RESULTS.map(
    (r) => `<th class="num"><span class="swatch r-${r}"></span>${h(t(`results.${r}`))}</th>`,
  ).join('');
  const body = report.byChapter
    .map(
      (c) =>
        `<tr><td>${h(chapterHeading(ctx, c.chapter))}</td><td class="num">${h(c.items)}</td>${RESULTS.map((r) => `<td class="num">${h(c.counts[r])}</td>`).join('')}<td class="num">${h(formatPercent(c.completion, lang))}</td><td class="num">${h(formatPercent(c.score, lang))}</td></tr>`,
    )
    .join('\n');
  return `<section class="major charts" aria-labelledby="h-charts">
<h2 id="h-charts">${h(t('sections.charts'))}</h2>
<p class="note">${h(t('charts.note'))}</p>
${legend(ctx)}
${rows.length ? stackedBars(ctx, rows) : `<p>${h(t('details.noItems'))}</p>`}
<table class="chart-table">
<colgroup><col style="width: 24%"><col style="width: 6.5%">${RESULTS.map(() => '<col style="width: 10.5%">').join('')}<col style="width: 9%"><col style="width: 8%"></colgroup>
<thead><tr><th>${h(t('labels.chapter'))}</th><th class="num">${h(t('summary.items'))}</th>${head}<th class="num">${h(t('summary.completion'))}</th><th class="num">${h(t('summary.score'))}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

function resultBadge(ctx: ReportContext, result: ItemResult): string {
  return `<span class="badge r-${result}">${h(ctx.t(`results.${result}`))}</span>`;
}

function overdueBadge(ctx: ReportContext): string {
  return `<span class="tag overdue">${h(ctx.t('labels.overdue'))}</span>`;
}

function actionPlan(ctx: ReportContext): string {
  const { report, t, lang } = ctx;
  const groups = report.actionPlan.map((group) => {
    const rows = group.items
      .map(
        (i) => `<tr>
<td><strong>${h(articleRef(t, i.articleNumber, i.paragraph))}</strong></td>
<td class="provision" dir="auto">${h(i.provisionText)}</td>
<td>${resultBadge(ctx, i.result)}</td>
<td>${h(i.actionType ? t(`actionTypes.${i.actionType}`) : '—')}</td>
<td class="user" dir="auto">${h(i.action || '—')}</td>
<td>${h(i.priority ? t(`priorities.${i.priority}`) : t('priorities.unset'))}</td>
<td>${h(i.targetDate ? formatDate(i.targetDate, lang) : '—')}${i.overdue ? `<br>${overdueBadge(ctx)}` : ''}</td>
<td>${h(t(`statuses.${i.status}`))}</td>
</tr>`,
      )
      .join('\n');
    return `<div class="agency">
<h3><bdi>${h(group.agency || t('plan.noAgency'))}</bdi> <span class="count">(${h(group.items.length)})</span></h3>
<table class="plan">
<colgroup><col style="width: 9.5%"><col style="width: 21%"><col style="width: 13%"><col style="width: 10.5%"><col style="width: 17%"><col style="width: 10%"><col style="width: 10%"><col style="width: 9%"></colgroup>
<thead><tr><th>${h(t('labels.article'))}</th><th>${h(t('labels.provision'))}</th><th>${h(t('labels.result'))}</th><th>${h(t('labels.actionType'))}</th><th>${h(t('labels.action'))}</th><th>${h(t('labels.priority'))}</th><th>${h(t('labels.targetDate'))}</th><th>${h(t('labels.status'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
  });
  return `<section class="major action-plan" aria-labelledby="h-plan">
<h2 id="h-plan">${h(t('sections.actionPlan'))}</h2>
<p class="note">${h(t('plan.note'))}</p>
${groups.length ? groups.join('\n') : `<p>${h(t('plan.noActions'))}</p>`}
</section>`;
}

function itemDetail(ctx: ReportContext, i: ReportItem): string {
  const { t, lang } = ctx;
  const field = (label: string, value: string, extra = '') =>
    `<div><dt>${h(label)}</dt><dd><bdi>${h(value)}</bdi>${extra}</dd></div>`;
  const fields: string[] = [field(t('labels.level'), t(`levels.${i.provisionLevel}`))];
  if (i.inLaw) fields.push(field(t('labels.inLaw'), t(`lawPractice.${i.inLaw}`)));
  if (i.inPractice) fields.push(field(t('labels.inPractice'), t(`lawPractice.${i.inPractice}`)));
  if (i.actionType) fields.push(field(t('labels.actionType'), t(`actionTypes.${i.actionType}`)));
  if (i.priority) fields.push(field(t('labels.priority'), t(`priorities.${i.priority}`)));
  if (i.agency.trim()) fields.push(field(t('labels.agency'), i.agency));
  if (i.targetDate)
    fields.push(
      field(
        t('labels.targetDate'),
        formatDate(i.targetDate, lang),
        i.overdue ? ` ${overdueBadge(ctx)}` : '',
      ),
    );
  const blocks: string[] = [];
  if (i.citations.length)
    blocks.push(
      `<div class="block"><h5>${h(t('labels.citations'))}</h5><ul>${i.citations.map((c) => `<li class="user" dir="auto">${h(citationText(c))}</li>`).join('')}</ul></div>`,
    );
  if (i.evidence.trim())
    blocks.push(
      `<div class="block"><h5>${h(t('labels.evidence'))}</h5><p class="user" dir="auto">${h(i.evidence)}</p></div>`,
    );
  if (i.action.trim())
    blocks.push(
      `<div class="block"><h5>${h(t('labels.action'))}</h5><p class="user" dir="auto">${h(i.action)}</p></div>`,
    );
  if (i.provisionElements.length) {
    const rows = i.provisionElements
      .map((name, index) => {
        const e = i.elements.find((x) => x.index === index);
        return `<tr><td dir="auto">${h(name)}</td><td>${h(elementStateName(t, e?.state ?? null))}</td><td class="user" dir="auto">${h(e?.nationalText ?? '')}</td></tr>`;
      })
      .join('');
    blocks.push(
      `<div class="block"><h5>${h(t('labels.elements'))}</h5><table class="elements"><colgroup><col style="width: 35%"><col style="width: 15%"><col style="width: 50%"></colgroup><thead><tr><th>${h(t('labels.element'))}</th><th>${h(t('labels.result'))}</th><th>${h(t('labels.nationalText'))}</th></tr></thead><tbody>${rows}</tbody></table></div>`,
    );
  }
  return `<article class="item">
<div class="item-head">
<h4>${h(articleRef(t, i.articleNumber, i.paragraph))} — <bdi>${h(i.articleTitle)}</bdi></h4>
<div class="tags">${resultBadge(ctx, i.result)}<span class="tag">${h(t(`statuses.${i.status}`))}</span></div>
</div>
<p class="provision-text"><bdi>${h(i.provisionText)}</bdi></p>
${i.retired ? `<p class="note">${h(t('details.retired'))}</p>` : ''}
<dl class="fields">${fields.join('')}</dl>
${blocks.join('\n')}
<p class="history">${h(historyLine(i, ctx))}</p>
</article>`;
}

function details(ctx: ReportContext): string {
  const { report, t } = ctx;
  const out: string[] = [];
  let chapter: string | null = null;
  for (const item of report.detailItems) {
    if (item.chapter !== chapter) {
      chapter = item.chapter;
      out.push(`<h3>${h(chapterHeading(ctx, chapter))}</h3>`);
    }
    out.push(itemDetail(ctx, item));
  }
  const note = detailNote(ctx);
  return `<section class="major details" aria-labelledby="h-details">
<h2 id="h-details">${h(t('sections.details'))}</h2>
${note ? `<p class="note">${h(note)}</p>` : ''}
${out.length ? out.join('\n') : `<p>${h(t('details.noItems'))}</p>`}
</section>`;
}
