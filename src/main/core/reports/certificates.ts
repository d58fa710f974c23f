import { AppError } from '../../../shared/api/envelope';
import type { Session } from '../../../shared/domain/sessions';
import {
  loadReportLanguage,
  reportTranslator,
  type ReportLanguage,
} from '../../../shared/i18n/report-catalogs';
import { formatDate, formatDateRange, isRtl } from '../../../shared/reports/report-locale';
import { PRINT_STAGES, type PdfPrinter } from './page-templates';
import { certificateCode, certificatePayload, formatCertificateCode } from './certificate-code';
import { REPORT_FONT_STACK, reportFontCss } from './fonts';
import { escapeHtml, htmlPage } from './html-page';
import { printHtml } from './print-html';

export {
  certificateCriteria,
  eligibleParticipants,
  type CertificateCriteria,
  type Eligibility,
  type IneligibleReason,
} from '../../../shared/reports/session-report';

const h = escapeHtml;

export interface CertificateInput {
  /** The workshop, as sessions.get returns it. */
  session: Session;
  /**
   * Who gets a certificate, one page each in this order: usually the eligible participants
   * (eligibleParticipants(...).eligible), or a single participant.
   */
  participantIds: readonly string[];
  /** The secret the verification codes are made with (kept in settings). */
  secret: string;
  language: ReportLanguage;
  /** The day of issue, YYYY-MM-DD. */
  issuedOn: string;
  /** The issuing organisation; the workshop's organiser when empty. */
  organisation?: string;
}

export interface CertificateDeps {
  printer: PdfPrinter;
  /** A folder for the intermediate HTML file; the file is removed afterwards. */
  tempDir: string;
  /** Hears each certificate as it is laid out, then each stage of printing (a job's progress). */
  onProgress?: (step: string, current: number, total: number) => void;
}

export interface CertificateEntry {
  participantId: string;
  name: string;
  organisation: string;
  code: string;
  payload: string;
}

/** The certificates' holders with their codes and QR texts, in the order asked for. */
export function certificateEntries(input: CertificateInput): CertificateEntry[] {
  const { session } = input;
  if (!input.participantIds.length)
    throw new AppError('VALIDATION', 'participantIds: no participant qualifies for a certificate.');
  return input.participantIds.map((id) => {
    const p = session.participants.find((x) => x.id === id);
    if (!p)
      throw new AppError('VALIDATION', `participantIds: ${id} is not on this workshop's register.`);
    const code = certificateCode(input.secret, session.id, p.id);
    return {
      participantId: p.id,
      name: p.name,
      organisation: p.organisation,
      code,
      payload: certificatePayload(session.id, p.id, code),
    };
  });
}

/** A gold seal: a notched rosette with a ring and the workshop's year. */
function seal(year: string, index: number): string {
  const points: string[] = [];
  const teeth = 36;
  for (let i = 0; i < teeth * 2; i++) {
    const r = i % 2 ? 46 : 50;
    const a = (Math.PI * i) / teeth;
    points.push(`${(50 + r * Math.sin(a)).toFixed(2)},${(50 - r * Math.cos(a)).toFixed(2)}`);
  }
  return `<svg class="seal" viewBox="0 0 100 100" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
<defs><radialGradient id="gold-${index}" cx="40%" cy="35%" r="70%"><stop offset="0" stop-color="#e9d18c"/><stop offset="0.55" stop-color="#c9a24d"/><stop offset="1" stop-color="#9c7a2e"/></radialGradient></defs>
<polygon points="${points.join(' ')}" fill="url(#gold-${index})"/>
<circle cx="50" cy="50" r="38" fill="none" stroke="#fff8e1" stroke-width="1.2"/>
<circle cx="50" cy="50" r="34" fill="none" stroke="#fff8e1" stroke-width="0.5"/>
<path d="M50 27 l3.2 6.6 7.2 1 -5.2 5.1 1.2 7.2 -6.4 -3.4 -6.4 3.4 1.2 -7.2 -5.2 -5.1 7.2 -1z" fill="#fff8e1"/>
<text x="50" y="66" text-anchor="middle" font-size="13" font-weight="700" fill="#fff8e1" font-family="${REPORT_FONT_STACK.replace(/"/g, "'")}">${h(year)}</text>
</svg>`;
}

/**
 * A catalog sentence escaped for HTML with pieces of HTML in its placeholders: the sentence is
 * made with markers (private-use characters, never in a catalog) in their place, escaped, then
 * the markers are swapped for the pieces.
 */
function htmlSentence(
  sentence: (values: Record<string, string>) => string,
  pieces: Record<string, string>,
): string {
  const names = Object.keys(pieces);
  const markers = Object.fromEntries(names.map((name, i) => [name, `\ue000${i}\ue001`]));
  return h(sentence(markers)).replace(
    /\ue000(\d+)\ue001/g,
    (_, i: string) => pieces[names[Number(i)]!]!,
  );
}

/** The certificates as one HTML document: one A4 landscape page each, no external resources. */
export async function certificatesHtml(
  input: CertificateInput,
  {
    fontCss,
    onCertificate = () => undefined,
  }: { fontCss: string; onCertificate?: (laidOut: number, total: number) => void },
): Promise<string> {
  const { session, language: lang } = input;
  await loadReportLanguage(lang);
  const s = reportTranslator(lang, 'certificates');
  const entries = certificateEntries(input);
  const dates = formatDateRange(session.startDate, session.endDate, lang);
  // The sentence is escaped first, then the place and dates go in isolated from its direction.
  const held = session.place.trim()
    ? htmlSentence((v) => s('certificate.heldIn', v), {
        place: `<bdi>${h(session.place.trim())}</bdi>`,
        dates: `<bdi>${h(dates)}</bdi>`,
      })
    : htmlSentence((v) => s('certificate.held', v), { dates: `<bdi>${h(dates)}</bdi>` });
  const issuer = (input.organisation ?? '').trim() || session.organiser.trim();
  const facilitators = session.facilitators.filter((f) => f.trim()).slice(0, 3);
  const signatures = facilitators.length
    ? facilitators
        .map(
          (f) =>
            `<div class="sign"><div class="line"></div><div class="who"><bdi>${h(f)}</bdi></div><div class="role">${h(s('certificate.facilitator'))}</div></div>`,
        )
        .join('')
    : issuer
      ? `<div class="sign"><div class="line"></div><div class="who"><bdi>${h(issuer)}</bdi></div><div class="role">${h(s('certificate.organiser'))}</div></div>`
      : '';
  // qrcode loads on the first certificate, not at start-up.
  const { default: QRCode } = await import('qrcode');
  const pages: string[] = [];
  for (const e of entries) {
    const qr = await QRCode.toString(e.payload, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 0,
      color: { dark: '#14375eff', light: '#ffffff00' },
    });
    pages.push(`<section class="page" aria-label="${h(`${s('certificate.title')} — ${e.name}`)}">
<div class="frame"><div class="inner">
<span class="corner tl"></span><span class="corner tr"></span><span class="corner bl"></span><span class="corner br"></span>
${issuer ? `<div class="issuer"><bdi>${h(issuer)}</bdi></div>` : ''}
<h1>${h(s('certificate.title'))}</h1>
<div class="flourish"><span></span><i></i><span></span></div>
<div class="body">
<p class="certify">${h(s('certificate.certify'))}</p>
<p class="name" dir="auto">${h(e.name)}</p>
${e.organisation.trim() ? `<p class="organisation" dir="auto">${h(e.organisation)}</p>` : ''}
<p class="completed">${h(s('certificate.completed'))}</p>
<p class="workshop" dir="auto">${h(session.title)}</p>
<p class="subject">${h(s('certificate.subject'))}</p>
<p class="held">${held}</p>
</div>
<div class="foot">
<div class="signatures">${signatures}</div>
${seal(session.startDate.slice(0, 4), pages.length)}
<div class="verify">
<div class="qr" role="img" aria-label="${h(s('certificate.code'))}">${qr}</div>
<div class="code-box">
<div class="label">${h(s('certificate.code'))}</div>
<div class="code" dir="ltr">${h(formatCertificateCode(e.code))}</div>
<div class="issued">${h(s('certificate.issuedOn', { date: formatDate(input.issuedOn, lang) }))}</div>
<div class="hint">${h(s('certificate.verify'))}</div>
</div>
</div>
</div>
</div></div>
</section>`);
    onCertificate(pages.length, entries.length);
  }
  return htmlPage({
    lang,
    rtl: isRtl(lang),
    title: `${s('certificate.title')} — ${session.title}`,
    // No page footer: a space, not '', since an empty label falls back to "{page} / {pages}".
    footerTitle: '',
    pageLabel: ' ',
    fontCss,
    styles: CERTIFICATE_STYLES,
    body: pages.join('\n'),
    viewport: false,
  });
}

const NAVY = '#14375e';
const GOLD = '#b08d3c';

const CERTIFICATE_STYLES = `
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
html {
  font-family: ${REPORT_FONT_STACK};
  color: #1f2933;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }
@media screen { html { background: #e9edf1; } .page { margin: 10mm auto; box-shadow: 0 2px 12px rgba(0,0,0,.15); } }
.page {
  inline-size: 297mm; block-size: 210mm; padding: 9mm; overflow: hidden;
  break-after: page; page-break-after: always; position: relative;
  background: radial-gradient(ellipse at center, #ffffff 0%, #fdfaf2 70%, #f8f1df 100%);
}
.page:last-child { break-after: auto; page-break-after: auto; }
.frame { block-size: 100%; border: 2.6pt solid ${NAVY}; padding: 2.2mm; }
.inner {
  position: relative; block-size: 100%; border: 0.8pt solid ${GOLD};
  display: flex; flex-direction: column; align-items: center; text-align: center;
  padding: 11mm 20mm 8mm;
  background-image:
    repeating-linear-gradient(45deg, rgba(176,141,60,0.035) 0 1px, transparent 1px 7px),
    repeating-linear-gradient(-45deg, rgba(20,55,94,0.03) 0 1px, transparent 1px 7px);
}
.corner { position: absolute; inline-size: 13mm; block-size: 13mm; border-color: ${GOLD}; border-style: solid; border-width: 0; }
.corner.tl { inset-block-start: 2.5mm; inset-inline-start: 2.5mm; border-block-start-width: 2pt; border-inline-start-width: 2pt; }
.corner.tr { inset-block-start: 2.5mm; inset-inline-end: 2.5mm; border-block-start-width: 2pt; border-inline-end-width: 2pt; }
.corner.bl { inset-block-end: 2.5mm; inset-inline-start: 2.5mm; border-block-end-width: 2pt; border-inline-start-width: 2pt; }
.corner.br { inset-block-end: 2.5mm; inset-inline-end: 2.5mm; border-block-end-width: 2pt; border-inline-end-width: 2pt; }
.issuer { font-size: 10.5pt; font-weight: 700; letter-spacing: 0.16em; text-transform: uppercase; color: ${NAVY}; margin-block-end: 5mm; }
:lang(ar) .issuer, :lang(zh) .issuer, :lang(ar) h1, :lang(zh) h1 { letter-spacing: 0; text-transform: none; }
h1 { font-size: 30pt; font-weight: 700; color: ${NAVY}; margin: 0; letter-spacing: 0.08em; text-transform: uppercase; line-height: 1.2; }
.flourish { display: flex; align-items: center; gap: 3mm; margin-block: 3mm 0; }
.flourish span { display: block; inline-size: 38mm; block-size: 0.8pt; background: linear-gradient(90deg, transparent, ${GOLD}); }
.flourish span:last-child { background: linear-gradient(90deg, ${GOLD}, transparent); }
.flourish i { display: block; inline-size: 2.6mm; block-size: 2.6mm; background: ${GOLD}; transform: rotate(45deg); }
p { margin: 0; }
.body { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; padding-block-end: 4mm; }
.certify { font-size: 12pt; color: #52606d; font-style: italic; }
:lang(ar) .certify, :lang(zh) .certify { font-style: normal; }
:lang(zh) h1 { letter-spacing: 0.35em; margin-inline-start: 0.35em; }
.name {
  font-size: 31pt; font-weight: 700; color: #1f2933; line-height: 1.25;
  margin-block: 3mm 1mm; padding-inline: 12mm; padding-block-end: 1.5mm;
  border-block-end: 1pt solid ${GOLD}; min-inline-size: 140mm; max-inline-size: 230mm;
  unicode-bidi: plaintext; overflow-wrap: break-word;
}
.organisation { font-size: 12.5pt; color: #323f4b; margin-block: 1.5mm 4mm; unicode-bidi: plaintext; }
.completed { font-size: 12pt; color: #323f4b; margin-block-start: 1mm; }
.workshop { font-size: 17.5pt; font-weight: 700; color: ${NAVY}; margin-block: 2mm 1mm; max-inline-size: 225mm; line-height: 1.3; unicode-bidi: plaintext; }
.subject { font-size: 11.5pt; color: #323f4b; }
.held { font-size: 11.5pt; color: #323f4b; margin-block-start: 1mm; }
.foot {
  margin-block-start: auto; inline-size: 100%;
  display: grid; grid-template-columns: 1fr auto 1fr; align-items: end; gap: 8mm;
}
.signatures { display: flex; gap: 5mm; justify-content: flex-start; align-items: flex-end; flex-wrap: wrap; }
.sign { inline-size: 40mm; text-align: center; }
.sign .line { block-size: 10mm; border-block-end: 0.8pt solid #52606d; }
.sign .who { font-size: 10.5pt; font-weight: 700; margin-block-start: 1.5mm; unicode-bidi: plaintext; }
.sign .role { font-size: 8.5pt; color: #52606d; }
.seal { inline-size: 27mm; block-size: 27mm; align-self: center; filter: drop-shadow(0 0.6mm 0.6mm rgba(0,0,0,.18)); }
.verify { display: flex; gap: 4mm; align-items: flex-end; justify-content: flex-end; text-align: start; }
.qr { inline-size: 25mm; block-size: 25mm; flex: none; background: #fff; padding: 1.5mm; border: 0.6pt solid #d5dbe1; }
.qr svg { display: block; inline-size: 100%; block-size: 100%; }
.code-box { max-inline-size: 58mm; }
.code-box .label { font-size: 7.5pt; color: #52606d; text-transform: uppercase; letter-spacing: 0.08em; }
:lang(ar) .code-box .label, :lang(zh) .code-box .label { text-transform: none; letter-spacing: 0; }
.code-box .code { font-size: 13pt; font-weight: 700; color: ${NAVY}; letter-spacing: 0.02em; font-variant-numeric: tabular-nums; white-space: nowrap; }
.code-box .issued { font-size: 8.5pt; color: #323f4b; margin-block: 0.8mm; }
.code-box .hint { font-size: 6.8pt; color: #6b7a89; line-height: 1.3; }
`;

/**
 * One PDF with one A4 landscape certificate per participant asked for (see certificatesHtml).
 * Throws VALIDATION when the list is empty or names someone not on the register. Progress: one
 * "certificate" step per holder, then the printer's stages ("open", "load", "print").
 */
export async function renderCertificates(
  input: CertificateInput,
  deps: CertificateDeps,
): Promise<Buffer> {
  const progress = deps.onProgress ?? (() => undefined);
  const holders = input.participantIds.length;
  const total = holders + PRINT_STAGES.length;
  // The browser starts while the certificates are laid out, not after.
  if (holders) deps.printer.warm?.();
  const html = await certificatesHtml(input, {
    fontCss: reportFontCss(),
    onCertificate: (laidOut) => progress('certificate', laidOut, total),
  });
  return printHtml(html, deps, 'certificates', (stage) =>
    progress(stage, holders + PRINT_STAGES.indexOf(stage) + 1, total),
  );
}
