import { RESULTS } from '../../../shared/domain/assessments';
import { REPORT_FONT_STACK } from './fonts';
import { RESULT_COLOURS } from './report-format';

/** Escapes text for HTML content and for quoted attribute values alike. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const h = escapeHtml;

/** A4 pages in the report font, colours kept in print, and a paper-like sheet on screen. */
export const REPORT_PAGE_CSS = `@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html {
  font-family: ${REPORT_FONT_STACK};
  font-size: 9.5pt;
  line-height: 1.45;
  color: #1f2933;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }
@media screen {
  html { background: #e9edf1; }
  body { background: #fff; max-inline-size: 210mm; margin: 0 auto; padding: 16mm; }
}`;

/** `.r-<result>` classes in the result colours, so that HTML badges match DOCX and XLSX fills. */
export const RESULT_CLASSES_CSS = RESULTS.map(
  (r) => `.r-${r} { background: ${RESULT_COLOURS[r].fill}; color: ${RESULT_COLOURS[r].text}; }`,
).join('\n');

export interface HtmlPage {
  lang: string;
  rtl: boolean;
  title: string;
  /** The printer's page footer reads these from the root element (see READ_PAGE_META). */
  footerTitle: string;
  pageLabel: string;
  /** @font-face rules (see reportFontCss); empty for the system fonts. */
  fontCss: string;
  styles: string;
  body: string;
  /** Reports are also shown in the on-screen print preview; certificates are only printed. */
  viewport: boolean;
}

/**
 * A complete, self-contained HTML document for Chromium to print: the Content-Security-Policy
 * allows no scripts and no resources but inline styles, data: images and the fonts.
 */
export function htmlPage(page: HtmlPage): string {
  return `<!doctype html>
<html lang="${h(page.lang)}" dir="${page.rtl ? 'rtl' : 'ltr'}" data-footer-title="${h(page.footerTitle)}" data-page-label="${h(page.pageLabel)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src file: data: app:">
${page.viewport ? '<meta name="viewport" content="width=device-width, initial-scale=1">\n' : ''}<title>${h(page.title)}</title>
<style>
${page.fontCss.replace(/<\/style/gi, '')}
${page.styles}
</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
