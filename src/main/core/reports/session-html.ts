import {
  articleRef,
  formatDate,
  formatPercent,
  isRtl,
} from '../../../shared/reports/report-locale';
import {
  SESSION_REPORT_SECTIONS,
  type AttendanceGroup,
  type AttendanceMark,
  type SessionReport,
} from '../../../shared/reports/session-report';
import { REPORT_FONT_STACK } from './fonts';
import { PAGE_NUMBER_MARKERS } from './page-templates';
import { REPORT_PAGE_CSS, RESULT_CLASSES_CSS, escapeHtml, htmlPage } from './html-page';
import {
  SESSION_COLOURS as C,
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

/** Escaped text; every piece of report text goes through it. */
const h = escapeHtml;

export interface SessionHtmlOptions {
  /** @font-face rules (see reportFontCss); empty for the system fonts. */
  fontCss: string;
  /** Hears each section once it is laid out. */
  onSection?: (section: string) => void;
}

/**
 * The workshop report as one complete HTML document, printed to PDF by Chromium: A4, no scripts,
 * no external resources but the fonts; the charts are inline SVG. The page footer text rides on
 * the root element (data-footer-title, data-page-label) as in the checklist report.
 */
export function sessionReportHtml(
  report: SessionReport,
  { fontCss, onSection = () => undefined }: SessionHtmlOptions,
): string {
  const ctx = sessionContext(report);
  const { t, s, lang } = ctx;
  const sections = new Set(report.options.sections);
  const layout = {
    cover,
    summary,
    attendance,
    results,
    questions,
    items,
    articles,
    polls,
  } as const;
  const body = SESSION_REPORT_SECTIONS.filter((name) => sections.has(name))
    .map((name) => {
      const html = layout[name](ctx);
      onSection(name);
      return html;
    })
    .join('\n');
  const title = `${s('reportTitle')} — ${report.workshop.title}`;
  return htmlPage({
    lang,
    rtl: isRtl(lang),
    title,
    footerTitle: title,
    pageLabel: t('page', PAGE_NUMBER_MARKERS),
    fontCss,
    styles: STYLES,
    body,
    viewport: true,
  });
}

const STYLES = `
${REPORT_PAGE_CSS}
h1, h2, h3, h4 { color: ${C.accent}; line-height: 1.25; margin: 0; break-after: avoid; }
h2 { font-size: 17pt; border-block-end: 2px solid ${C.accent}; padding-block-end: 4pt; margin-block-end: 10pt; }
h3 { font-size: 12pt; margin-block: 14pt 6pt; }
h4 { font-size: 10pt; }
p { margin-block: 0 6pt; }
.major { break-before: page; }
.flow { margin-block-start: 22pt; }
.note { color: #52606d; font-size: 8.5pt; }
bdi, .user { unicode-bidi: isolate; }
table { border-collapse: collapse; inline-size: 100%; margin-block-end: 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { padding: 3pt 5pt; border-block-end: 1px solid #d5dbe1; text-align: start; vertical-align: top; overflow-wrap: break-word; }
th { background: #eef2f6; font-size: 8pt; font-weight: 700; color: #323f4b; overflow-wrap: normal; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td.center, th.center { text-align: center; }
tfoot td { font-weight: 700; border-block-start: 1.5px solid #9aa5b1; }
.tag { display: inline-block; padding: 0.5pt 5pt; border-radius: 3pt; font-size: 7.5pt; background: #eef2f6; color: #323f4b; white-space: nowrap; margin-block: 1pt; }
.tag.warn { background: #fdecea; color: #9b1c1c; font-weight: 700; }
.tag.info { background: #fff7e0; color: #7a5200; font-weight: 700; }
.up { color: ${C.gain}; font-weight: 700; }
.down { color: ${C.loss}; font-weight: 700; }
.swatch { display: inline-block; inline-size: 9pt; block-size: 9pt; border-radius: 2pt; vertical-align: -1pt; margin-inline-end: 4pt; }
.legend { display: flex; flex-wrap: wrap; gap: 4pt 14pt; margin-block: 2pt 8pt; padding: 0; list-style: none; font-size: 8.5pt; }
.chart { inline-size: 100%; block-size: auto; display: block; margin-block-end: 10pt; }
.mark { display: inline-block; inline-size: 8pt; block-size: 8pt; border-radius: 50%; vertical-align: -0.5pt; }
.m-present { background: ${C.present}; }
.m-partly { background: linear-gradient(90deg, ${C.partly} 50%, #fdf1d6 50%); border: 1px solid ${C.partly}; }
.m-absent { background: #fff; border: 1.5px solid ${C.absent}; }
.m-unmarked { background: #fff; border: 1px dashed #9aa5b1; }
.mark-label { font-size: 6.5pt; color: #52606d; display: block; line-height: 1.1; }
.meter { block-size: 6pt; background: #eef2f6; border-radius: 2pt; min-inline-size: 18mm; position: relative; }
.meter > span { display: block; block-size: 100%; border-radius: 2pt; }

/* Polls */
.poll { break-inside: avoid; margin-block-end: 12pt; }
.poll h3 { margin-block: 0 2pt; }
.poll table td { border-block-end: none; padding-block: 1.5pt; }
.poll td.label { inline-size: 45%; }

/* Cover */
.cover { display: flex; flex-direction: column; min-block-size: 255mm; }
.cover .instrument { margin-block-start: 26mm; font-size: 11pt; letter-spacing: 0.03em; color: #52606d; text-transform: uppercase; }
:lang(ar) .cover .instrument, :lang(zh) .cover .instrument { text-transform: none; letter-spacing: 0; }
.cover h1 { font-size: 26pt; margin-block: 6pt 18pt; }
.cover .rule { block-size: 4pt; inline-size: 40mm; background: ${C.accent}; margin-block-end: 18pt; }
.cover .workshop { font-size: 21pt; font-weight: 700; color: #1f2933; line-height: 1.3; }
.cover .dates { font-size: 13pt; color: #323f4b; margin-block: 6pt 24pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 5pt 14pt; margin: 0; font-size: 10.5pt; }
.cover dt { color: #52606d; }
.cover dd { margin: 0; font-weight: 700; }
.cover .generated { margin-block-start: auto; color: #52606d; font-size: 9pt; border-block-start: 1px solid #d5dbe1; padding-block-start: 6pt; }

/* Summary */
.kpis { display: grid; grid-template-columns: repeat(6, 1fr); gap: 6pt; margin-block-end: 10pt; }
.kpi { border: 1px solid #d5dbe1; border-radius: 4pt; padding: 6pt 7pt; border-block-start: 3pt solid ${C.accent}; }
.kpi .value { font-size: 15pt; white-space: nowrap; font-weight: 700; color: ${C.accent}; line-height: 1.2; }
.kpi .label { font-size: 7.5pt; color: #52606d; line-height: 1.3; }
.kpi.gain { border-block-start-color: ${C.gain}; }
.kpi.gain .value { color: ${C.gain}; }
.findings li { margin-block-end: 3pt; }
.charts-grid { display: grid; grid-template-columns: 1fr; gap: 4pt; }
.chart-box { break-inside: avoid; }

/* Attendance */
.groups { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 14pt; align-items: start; }
.groups .wide { grid-column: 1 / -1; }
.groups table td, .groups table th { font-size: 8pt; padding: 2pt 4pt; }
.groups th.num { white-space: normal; }
.attendance td.day { text-align: center; }

/* Questions */
.question { border: 1px solid #d5dbe1; border-inline-start: 4pt solid ${C.loss}; border-radius: 4pt; padding: 7pt 10pt; margin-block-end: 8pt; break-inside: avoid; }
.question .head { display: flex; justify-content: space-between; gap: 10pt; align-items: baseline; margin-block-end: 4pt; }
.question .facility { font-size: 14pt; font-weight: 700; color: ${C.loss}; white-space: nowrap; }
.question .prompt { font-weight: 700; margin-block-end: 5pt; }
.question dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0; font-size: 8.5pt; }
.question dt { color: #52606d; }
.question dd { margin: 0; }
.items td { font-size: 8pt; }
.counts { display: flex; gap: 2pt; flex-wrap: wrap; }
.counts .c { display: inline-block; min-inline-size: 14pt; text-align: center; border-radius: 2pt; font-size: 7.5pt; font-weight: 700; padding: 0 3pt; }
${RESULT_CLASSES_CSS}
`;

function cover(ctx: SessionContext): string {
  const { report, t, s, lang } = ctx;
  const fields = workshopFields(ctx).slice(1);
  return `<section class="cover" aria-label="${h(s('reportTitle'))}">
<div class="instrument">${h(t('instrument'))}</div>
<h1>${h(s('reportTitle'))}</h1>
<div class="rule"></div>
<div class="workshop"><bdi>${h(report.workshop.title)}</bdi></div>
<div class="dates">${h(workshopDates(ctx))}</div>
<dl>
${fields.map(([k, v]) => `<dt>${h(k)}</dt><dd><bdi>${h(v)}</bdi></dd>`).join('\n')}
</dl>
<p class="generated">${h(t('cover.generatedOn', { date: formatDate(report.generatedAt, lang) }))}</p>
</section>`;
}

function summary(ctx: SessionContext): string {
  const { report, s, lang } = ctx;
  const g = report.gain;
  const kpi = (value: string, label: string, extra = '') =>
    `<div class="kpi ${extra}"><div class="value">${h(value)}</div><div class="label">${h(label)}</div></div>`;
  return `<section class="major summary" aria-labelledby="h-summary">
<h2 id="h-summary">${h(s('sections.summary'))}</h2>
<div class="kpis">
${kpi(String(report.participants.length), s('summary.participants'))}
${kpi(scoreText(lang, g.meanPre), s('summary.meanPre'))}
${kpi(scoreText(lang, g.meanPost), s('summary.meanPost'))}
${kpi(pointsText(ctx, g.meanGain), s('summary.meanGain'), 'gain')}
${kpi(normalisedText(lang, g.normalisedGain), s('summary.normalisedGain'))}
${kpi(g.shareImproved === null ? '—' : formatPercent(g.shareImproved, lang), s('summary.improved'))}
</div>
<h3>${h(s('summary.findings'))}</h3>
<ul class="findings">
${sessionSummarySentences(ctx)
  .map((x) => `<li>${h(x)}</li>`)
  .join('\n')}
</ul>
<div class="chart-box">
<h3>${h(s('charts.distribution'))}</h3>
<p class="note">${h(s('charts.distributionNote'))}</p>
${prePostLegend(ctx)}
${distributionChart(ctx)}
</div>
<div class="chart-box">
<h3>${h(s('charts.byChapter'))}</h3>
<p class="note">${h(s('charts.byChapterNote'))}</p>
${prePostLegend(ctx)}
${chapterChart(ctx)}
</div>
</section>`;
}

function prePostLegend(ctx: SessionContext): string {
  return `<ul class="legend"><li><span class="swatch" style="background: ${C.pre}"></span>${h(ctx.s('results.pre'))}</li><li><span class="swatch" style="background: ${C.post}"></span>${h(ctx.s('results.post'))}</li></ul>`;
}

const SVG_STYLE = `<style>
text { font-family: ${REPORT_FONT_STACK}; }
.axis { font-size: 10px; fill: #52606d; }
.lbl { font-size: 11px; font-weight: 700; fill: #1f2933; }
.val { font-size: 10px; font-weight: 700; }
.gain { font-size: 12px; font-weight: 700; }
</style>`;

/** Grouped columns: participants per score band, pre-test beside post-test. */
function distributionChart(ctx: SessionContext): string {
  const { report, s, lang } = ctx;
  const bands = report.charts.distribution;
  const rtl = isRtl(lang);
  const width = 720;
  const height = 165;
  const left = 44;
  const right = 12;
  const top = 14;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...bands.flatMap((b) => [b.pre, b.post]));
  const step = max <= 5 ? 1 : Math.ceil(max / 5);
  const ceiling = Math.ceil(max / step) * step;
  const y = (v: number) => top + plotH - (v / ceiling) * plotH;
  const x = (pos: number, w = 0) => (rtl ? width - pos - w : pos);
  const parts: string[] = [];
  for (let v = 0; v <= ceiling; v += step) {
    parts.push(
      `<line x1="${x(left)}" x2="${x(left + plotW)}" y1="${y(v)}" y2="${y(v)}" stroke="${v === 0 ? '#9aa5b1' : '#e4e7eb'}" stroke-width="1"/>`,
      `<text x="${x(left - 6)}" y="${y(v) + 3.5}" class="axis" text-anchor="end">${h(numberText(lang, v, 0))}</text>`,
    );
  }
  const slot = plotW / bands.length;
  const barW = Math.min(48, slot * 0.32);
  bands.forEach((b, i) => {
    const centre = left + slot * i + slot / 2;
    for (const [kind, value, colour, offset] of [
      ['pre', b.pre, C.pre, -barW - 2],
      ['post', b.post, C.post, 2],
    ] as const) {
      const bx = centre + offset;
      const by = y(value);
      const label = `${kind === 'pre' ? s('results.pre') : s('results.post')}, ${b.from}–${b.to}%: ${value}`;
      if (value > 0)
        parts.push(
          `<rect x="${x(bx, barW).toFixed(1)}" y="${by.toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - by).toFixed(1)}" rx="2" fill="${colour}"><title>${h(label)}</title></rect>`,
        );
      parts.push(
        `<text x="${(x(bx, barW) + barW / 2).toFixed(1)}" y="${(by - 4).toFixed(1)}" class="val" text-anchor="middle" fill="${colour === C.pre ? '#52606d' : C.post}">${h(numberText(lang, value, 0))}</text>`,
      );
    }
    const upper = b.to === 100 ? 100 : b.to - 1;
    parts.push(
      `<text x="${x(centre).toFixed(1)}" y="${top + plotH + 16}" class="lbl" text-anchor="middle">${h(`${numberText(lang, b.from, 0)}–${formatPercent(upper / 100, lang)}`)}</text>`,
    );
  });
  parts.push(
    `<text x="${x(left + plotW / 2)}" y="${height - 4}" class="axis" text-anchor="middle">${h(`${s('labels.score')} · ${s('charts.participantsAxis')}`)}</text>`,
  );
  return `<svg class="chart" role="img" aria-label="${h(s('charts.distribution'))}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title>${h(s('charts.distribution'))}</title>
${SVG_STYLE}
${parts.join('\n')}
</svg>`;
}

/** Per chapter: the pre-test and post-test share right as two bars, the gain at the end. */
function chapterChart(ctx: SessionContext): string {
  const { report, s, lang } = ctx;
  const rows = report.charts.byChapter;
  if (!rows.length) return `<p>${h(s('questions.none'))}</p>`;
  const rtl = isRtl(lang);
  const width = 720;
  const barMax = 560;
  const rowH = 42;
  const height = rows.length * rowH + 4;
  const x = (pos: number, w = 0) => (rtl ? width - pos - w : pos);
  const parts: string[] = [];
  rows.forEach((c, i) => {
    const top = i * rowH;
    parts.push(
      `<text x="${x(0)}" y="${top + 12}" class="lbl" text-anchor="start">${h(sessionChapterHeading(ctx, c.chapter, c.title))}</text>`,
    );
    for (const [value, colour, dy] of [
      [c.pre, C.pre, 17],
      [c.post, C.post, 29],
    ] as const) {
      const w = ((value ?? 0) / 100) * barMax;
      parts.push(
        `<rect x="${x(0, barMax)}" y="${top + dy}" width="${barMax}" height="11" rx="2" fill="#eef2f6"/>`,
      );
      if (w > 0)
        parts.push(
          `<rect x="${x(0, w).toFixed(1)}" y="${top + dy}" width="${w.toFixed(1)}" height="11" rx="2" fill="${colour}"/>`,
        );
      parts.push(
        `<text x="${x(barMax + 6)}" y="${top + dy + 9.5}" class="val" text-anchor="start" fill="${colour === C.pre ? '#52606d' : C.post}">${h(scoreText(lang, value))}</text>`,
      );
    }
    if (c.gain !== null)
      parts.push(
        `<text x="${x(width - 2)}" y="${top + 34}" class="gain" text-anchor="end" fill="${c.gain > 0 ? C.gain : c.gain < 0 ? C.loss : C.muted}">${h(pointsText(ctx, c.gain))}</text>`,
      );
  });
  return `<svg class="chart" role="img" aria-label="${h(s('charts.byChapter'))}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title>${h(s('charts.byChapter'))}</title>
${SVG_STYLE}
${parts.join('\n')}
</svg>`;
}

function mark(ctx: SessionContext, m: AttendanceMark | null): string {
  const label = markText(ctx, m);
  return `<span class="mark m-${m ?? 'unmarked'}" role="img" aria-label="${h(label)}" title="${h(label)}"></span>`;
}

function groupTable(
  ctx: SessionContext,
  kind: 'country' | 'organisation' | 'gender',
  title: string,
  groups: AttendanceGroup[],
): string {
  const { s, lang } = ctx;
  const rows = groups
    .map(
      (g) =>
        `<tr><td><bdi>${h(groupLabel(ctx, kind, g))}</bdi></td><td class="num">${h(g.participants)}</td><td class="num">${h(numberText(lang, g.daysAttended))}</td><td class="num">${h(formatPercent(g.rate, lang))}</td></tr>`,
    )
    .join('\n');
  const wide = kind === 'organisation';
  const cols = wide ? [55, 15, 15, 15] : [34, 22, 22, 22];
  return `<div class="${wide ? 'wide' : ''}"><h4>${h(title)}</h4><table>
<colgroup>${cols.map((w) => `<col style="width: ${w}%">`).join('')}</colgroup>
<thead><tr><th></th><th class="num">${h(s('summary.participants'))}</th><th class="num">${h(s('attendance.daysAttended'))}</th><th class="num">${h(s('attendance.rate'))}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function attendance(ctx: SessionContext): string {
  const { report, s, lang } = ctx;
  const a = report.attendance;
  const dayHead = a.days
    .map(
      (d, i) =>
        `<th class="center">${h(numberText(lang, i + 1, 0))}<span class="mark-label">${h(formatDate(d, lang))}</span></th>`,
    )
    .join('');
  const rows = report.participants
    .map(
      (p) =>
        `<tr><td><bdi>${h(p.name)}</bdi></td><td><bdi>${h(p.organisation)}</bdi></td><td>${h(countryText(ctx, p.country, p.countryName))}</td>${p.attendance.map((m) => `<td class="day">${mark(ctx, m)}</td>`).join('')}<td class="num">${h(numberText(lang, p.daysAttended))}</td></tr>`,
    )
    .join('\n');
  const totals = a.byDay
    .map((d) => `<td class="center">${h(numberText(lang, d.present + d.partly / 2))}</td>`)
    .join('');
  const legend = (['present', 'partly', 'absent', null] as const)
    .map((m) => `<li>${mark(ctx, m)} ${h(markText(ctx, m))}</li>`)
    .join('');
  return `<section class="major attendance" aria-labelledby="h-attendance">
<h2 id="h-attendance">${h(s('sections.attendance'))}</h2>
<p class="note">${h(s('attendance.note'))}</p>
<ul class="legend">${legend}</ul>
<table class="attendance">
<thead><tr><th>${h(s('labels.name'))}</th><th>${h(s('labels.organisation'))}</th><th>${h(s('labels.country'))}</th>${dayHead}<th class="num">${h(s('attendance.daysAttended'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><td colspan="3">${h(s('attendance.total'))}</td>${totals}<td class="num">${h(numberText(lang, a.total.daysAttended))}</td></tr></tfoot>
</table>
<div class="groups">
${groupTable(ctx, 'country', s('attendance.byCountry'), a.byCountry)}
${groupTable(ctx, 'gender', s('attendance.byGender'), a.byGender)}
${groupTable(ctx, 'organisation', s('attendance.byOrganisation'), a.byOrganisation)}
</div>
</section>`;
}

function gainCell(ctx: SessionContext, value: number | null): string {
  const cls = value === null || value === 0 ? '' : value > 0 ? 'up' : 'down';
  return `<td class="num ${cls}">${h(gainText(ctx.lang, value))}</td>`;
}

function results(ctx: SessionContext): string {
  const { report, s, lang } = ctx;
  const score = (v: number | null) =>
    v === null ? `<span class="note">${h(s('results.notTaken'))}</span>` : h(scoreText(lang, v));
  const rows = report.participants
    .map(
      (p) => `<tr>
<td><bdi>${h(p.name)}</bdi>${p.needHelp ? ` <span class="tag info">${h(s('results.needHelp'))}</span>` : ''}</td>
<td><bdi>${h(p.organisation)}</bdi></td>
<td class="num">${score(p.pre)}</td>
<td class="num">${score(p.post)}</td>
${gainCell(ctx, p.gain)}
<td class="num">${h(normalisedText(lang, p.normalisedGain))}</td>
<td><div class="meter"><span style="inline-size: ${p.post ?? 0}%; background: ${C.post}"></span></div></td>
</tr>`,
    )
    .join('\n');
  const g = report.gain;
  const help = report.needHelp.length
    ? `<ul>${report.needHelp.map((p) => `<li><bdi>${h(p.name)}</bdi> — ${h(s('results.post'))}: ${h(scoreText(lang, p.post))}; ${h(s('results.gain'))}: ${h(pointsText(ctx, p.gain))}</li>`).join('')}</ul>`
    : `<p>${h(s('results.noNeedHelp'))}</p>`;
  return `<section class="flow results" aria-labelledby="h-results">
<h2 id="h-results">${h(s('sections.results'))}</h2>
<p class="note">${h(s('results.note'))}</p>
<table>
<colgroup><col style="width: 25%"><col style="width: 23%"><col style="width: 10%"><col style="width: 10%"><col style="width: 8%"><col style="width: 12%"><col style="width: 12%"></colgroup>
<thead><tr><th>${h(s('labels.name'))}</th><th>${h(s('labels.organisation'))}</th><th class="num">${h(s('results.pre'))}</th><th class="num">${h(s('results.post'))}</th><th class="num">${h(s('results.gain'))}</th><th class="num">${h(s('results.normalisedGain'))}</th><th></th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><td colspan="2">${h(s('attendance.total'))} (${h(g.participantsWithBoth)})</td><td class="num">${h(scoreText(lang, g.meanPre))}</td><td class="num">${h(scoreText(lang, g.meanPost))}</td>${gainCell(ctx, g.meanGain)}<td class="num">${h(normalisedText(lang, g.normalisedGain))}</td><td></td></tr></tfoot>
</table>
<h3>${h(s('results.needHelp'))}</h3>
<p class="note">${h(s('results.needHelpNote'))}</p>
${help}
</section>`;
}

function articleList(ctx: SessionContext, numbers: readonly number[]): string {
  return numbers.map((n) => articleRef(ctx.t, n, '')).join(', ');
}

function questions(ctx: SessionContext): string {
  const { report, s, lang } = ctx;
  const cards = report.difficult.map(
    (q) => `<article class="question">
<div class="head"><h4>${h(s('labels.question'))} ${h(q.number)} · <span class="tag">${h(articleList(ctx, q.articles))}</span></h4><span class="facility">${h(formatPercent(q.facility, lang))}</span></div>
<p class="prompt" dir="auto">${h(q.prompt)}</p>
<dl>
<dt>${h(s('questions.facility'))}</dt><dd>${h(`${formatPercent(q.facility, lang)} (${q.answered})`)}</dd>
<dt>${h(s('questions.correct'))}</dt><dd dir="auto">${h(q.correctAnswer)}</dd>
${q.commonWrong ? `<dt>${h(s('questions.commonWrong'))}</dt><dd dir="auto">${h(`${q.commonWrong.answer} (${q.commonWrong.count})`)}</dd>` : ''}
</dl>
</article>`,
  );
  return `<section class="major questions" aria-labelledby="h-questions">
<h2 id="h-questions">${h(s('sections.questions'))}</h2>
<p class="note">${h(s('questions.note'))}</p>
${cards.length ? cards.join('\n') : `<p>${h(s('questions.none'))}</p>`}
</section>`;
}

function items(ctx: SessionContext): string {
  const { report, s, lang } = ctx;
  const rows = report.items
    .map(
      (i) => `<tr>
<td>${h(i.quiz === 'pre' ? s('results.pre') : s('results.post'))}</td>
<td class="num">${h(i.number || '—')}</td>
<td dir="auto">${h(i.prompt)}</td>
<td>${h(i.articles.join(', '))}</td>
<td class="num">${h(i.answered)}</td>
<td class="num">${h(formatPercent(i.facility, lang))}</td>
<td class="num">${h(normalisedText(lang, i.discrimination))}</td>
<td>${i.flags.map((f) => `<span class="tag warn">${h(s(`items.flagNames.${f}`))}</span>`).join(' ')}</td>
</tr>`,
    )
    .join('\n');
  return `<section class="major items" aria-labelledby="h-items">
<h2 id="h-items">${h(s('sections.items'))}</h2>
<p class="note">${h(s('items.note'))}</p>
${
  report.items.length
    ? `<table class="items">
<colgroup><col style="width: 9%"><col style="width: 5%"><col style="width: 38%"><col style="width: 8%"><col style="width: 8%"><col style="width: 8%"><col style="width: 12%"><col style="width: 12%"></colgroup>
<thead><tr><th>${h(s('labels.quiz'))}</th><th class="num">${h(s('labels.questionNumber'))}</th><th>${h(s('labels.question'))}</th><th>${h(s('labels.articles'))}</th><th class="num">${h(s('items.answered'))}</th><th class="num">${h(s('items.facility'))}</th><th class="num">${h(s('items.discrimination'))}</th><th>${h(s('items.flags'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : `<p>${h(s('items.none'))}</p>`
}
</section>`;
}

function articles(ctx: SessionContext): string {
  const { report, t, s, lang } = ctx;
  const checklists = report.targetChecklists;
  const head = checklists
    .map((c) => `<th><bdi>${h(countryText(ctx, c.country, c.countryName))}</bdi></th>`)
    .join('');
  const rows = report.articles
    .map((a) => {
      const cells = checklists
        .map((c) => {
          const counts = a.checklists.find((x) => x.country === c.country);
          if (!counts) return '<td></td>';
          const chips = (
            [
              ['implemented', counts.implemented],
              ['partial', counts.partial],
              ['gap', counts.gap],
              ['not-assessed', counts.notAssessed],
            ] as const
          )
            .filter(([, n]) => n > 0)
            .map(
              ([r, n]) => `<span class="c r-${r}" title="${h(t(`results.${r}`))}">${h(n)}</span>`,
            )
            .join('');
          return `<td><div class="counts">${chips || '—'}</div></td>`;
        })
        .join('');
      return `<tr><td><strong>${h(articleRef(t, a.articleNumber, ''))}</strong> <bdi>${h(a.title)}</bdi></td><td class="num">${h(scoreText(lang, a.pre))}</td><td class="num">${h(scoreText(lang, a.post))}</td>${gainCell(ctx, a.gain)}${cells}</tr>`;
    })
    .join('\n');
  const legend = checklists.length
    ? `<ul class="legend">${(['implemented', 'partial', 'gap', 'not-assessed'] as const).map((r) => `<li><span class="swatch r-${r}"></span>${h(t(`results.${r}`))}</li>`).join('')}</ul>
<p class="note">${checklists.map((c) => `${h(countryText(ctx, c.country, c.countryName))}: <bdi>${h(c.title)}</bdi> (${h(formatDate(c.date, lang))})`).join(' · ')}</p>`
    : `<p class="note">${h(s('articles.noChecklists'))}</p>`;
  return `<section class="major articles" aria-labelledby="h-articles">
<h2 id="h-articles">${h(s('sections.articles'))}</h2>
<p class="note">${h(s('articles.note'))}</p>
${legend}
<table>
<thead><tr><th>${h(t('labels.article'))}</th><th class="num">${h(s('results.pre'))}</th><th class="num">${h(s('results.post'))}</th><th class="num">${h(s('results.gain'))}</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

/** The workshop's quick polls: each prompt with its answers as bars, most frequent first. */
function polls(ctx: SessionContext): string {
  const { report, s, lang } = ctx;
  // A word cloud can have many words: the report keeps the twenty most frequent.
  const cards = report.polls.map((poll) => {
    const most = Math.max(1, ...poll.results.map((r) => r.count));
    const rows = poll.results
      .slice(0, 20)
      .map(
        (r) => `<tr><td class="label" dir="auto">${h(r.label)}</td>
<td><div class="meter"><span style="inline-size: ${((r.count / most) * 100).toFixed(1)}%; background: ${C.accent}"></span></div></td>
<td class="num">${h(r.count)}</td></tr>`,
      )
      .join('\n');
    return `<article class="poll">
<h3 dir="auto">${h(poll.prompt)}</h3>
<p class="note">${poll.type === 'words' ? `${h(s('polls.words'))} · ` : ''}${h(formatDate(poll.createdAt.slice(0, 10), lang))} · ${h(s('polls.answers', { count: poll.answers }))}</p>
${rows ? `<table><tbody>\n${rows}\n</tbody></table>` : ''}
</article>`;
  });
  return `<section class="major polls" aria-labelledby="h-polls">
<h2 id="h-polls">${h(s('sections.polls'))}</h2>
<p class="note">${h(s('polls.note'))}</p>
${cards.length ? cards.join('\n') : `<p>${h(s('polls.none'))}</p>`}
</section>`;
}
