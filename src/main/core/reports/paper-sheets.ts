import type { QuestionSource } from '../../../shared/content/pack';
import { countryName } from '../../../shared/domain/countries';
import type { Session } from '../../../shared/domain/sessions';
import {
  reportTranslator,
  type ReportLanguage,
  type Translate,
} from '../../../shared/i18n/report-catalogs';
import { formatDate, formatDateRange, isRtl } from '../../../shared/reports/report-locale';
import { paperLetter, paperRights } from '../../../shared/training/paper-order';
import { REPORT_FONT_STACK } from './fonts';
import { escapeHtml, htmlPage } from './html-page';
import { PAGE_NUMBER_MARKERS } from './page-templates';

const h = escapeHtml;

// The paper fallback's documents: a quiz's answer sheet and its key, and a day's sign-in
// sheet. They are printed for a room without screens, so they are plain black on white, in the
// workshop's language (the caller loads its catalogs first: loadReportLanguage).

export interface QuizSheetInput {
  quizTitle: string;
  /** In paper order (paper-order.ts): the grid that types the sheets in shows the same. */
  questions: readonly QuestionSource[];
  /** The workshop the sheet is for, named in its heading; none for a blank quiz. */
  session: Pick<Session, 'title' | 'startDate' | 'endDate' | 'place'> | null;
  /** The key shows the right boxes ticked; the answer sheet never carries an answer. */
  key: boolean;
  language: ReportLanguage;
  fontCss: string;
}

/** Several boxes may be ticked: multiple choice, or a scenario with more than one keyed answer. */
const severalAnswers = (q: QuestionSource) =>
  q.type === 'multiple' || (q.type === 'scenario' && q.answer.length > 1);

function hintOf(t: Translate<'paper'>, q: QuestionSource): string {
  if (q.type === 'matching') return t('hints.matching');
  return severalAnswers(q) ? t('hints.several') : t('hints.single');
}

function questionHtml(t: Translate<'paper'>, q: QuestionSource, n: number, key: boolean): string {
  const keyed = new Set(q.answer);
  let answers: string;
  if (q.type === 'matching') {
    const rights = paperRights(q);
    const letterOf = new Map(rights.map((r, i) => [r, paperLetter(i)]));
    answers = `<div class="match">
<ol class="lefts">${q.pairs
      .map(
        (p) =>
          `<li><span class="blank">${key ? h(letterOf.get(p.right) ?? '') : ''}</span> <span dir="auto">${h(p.left)}</span></li>`,
      )
      .join('')}</ol>
<ul class="rights">${rights.map((r, i) => `<li><b>${paperLetter(i)}</b> <span dir="auto">${h(r)}</span></li>`).join('')}</ul>
</div>`;
  } else {
    const shape = severalAnswers(q) ? 'square' : 'round';
    answers = `<ul class="options">${q.options
      .map((o, i) => {
        const ticked = key && keyed.has(o.id);
        return `<li${ticked ? ' class="keyed"' : ''}><span class="box ${shape}">${ticked ? '✓' : ''}</span><b>${paperLetter(i)}</b> <span dir="auto">${h(o.text)}</span></li>`;
      })
      .join('')}</ul>`;
  }
  return `<section class="question">
<p class="number">${n}</p>
<div class="body">
${q.scenario ? `<p class="scenario" dir="auto">${h(q.scenario)}</p>` : ''}
<p class="prompt" dir="auto">${h(q.prompt)}</p>
<p class="hint">${h(hintOf(t, q))}</p>
${answers}
</div>
</section>`;
}

/** A quiz as a printable answer sheet (no answers) or as its answer key. */
export function quizSheetHtml(input: QuizSheetInput): string {
  const { session, key, language } = input;
  const t = reportTranslator(language, 'paper');
  const what = key ? t('answerKey') : t('answerSheet');
  const workshop = session
    ? `<p class="workshop"><bdi>${h(session.title)}</bdi> · ${h(formatDateRange(session.startDate, session.endDate, language))}${session.place.trim() ? ` · ${h(session.place.trim())}` : ''}</p>`
    : '';
  const who = key
    ? `<p class="warning">${h(t('keyWarning'))}</p>`
    : `<div class="fill-in">
<p><span>${h(t('fillIn.name'))}</span><span class="line"></span></p>
<p><span>${h(t('fillIn.organisation'))}</span><span class="line"></span></p>
<p><span>${h(t('fillIn.date'))}</span><span class="line short"></span></p>
</div>`;
  const body = `<header class="top">
<p class="kind">${what}</p>
<h1 dir="auto">${h(input.quizTitle)}</h1>
${workshop}
${who}
<p class="how">${h(t('how', { count: input.questions.length }))}</p>
</header>
${input.questions.map((q, i) => questionHtml(t, q, i + 1, key)).join('\n')}`;
  return htmlPage({
    lang: language,
    rtl: isRtl(language),
    title: `${what} — ${input.quizTitle}`,
    footerTitle: `${input.quizTitle} · ${what}`,
    pageLabel: t('page', PAGE_NUMBER_MARKERS),
    fontCss: input.fontCss,
    styles: QUIZ_STYLES,
    body,
    viewport: false,
  });
}

export interface SignInSheetInput {
  session: Pick<Session, 'title' | 'place' | 'organiser' | 'days' | 'participants'>;
  /** Empty rows after the register, for people who come without being on it. */
  blankRows: number;
  language: ReportLanguage;
  fontCss: string;
}

/** One sign-in page (or more) per day of the workshop: everyone on the register, a column to sign. */
export function signInSheetHtml(input: SignInSheetInput): string {
  const { session, language } = input;
  const t = reportTranslator(language, 'paper');
  const collator = new Intl.Collator(language);
  const people = [...session.participants].sort((a, b) => collator.compare(a.name, b.name));
  const rows = (start: number) =>
    [
      ...people.map(
        (p, i) =>
          `<tr><td class="n">${start + i}</td><td dir="auto">${h(p.name)}</td><td dir="auto">${h(p.organisation)}</td><td>${h(p.country ? countryName(p.country, language) : '')}</td><td class="sign"></td></tr>`,
      ),
      ...Array.from(
        { length: input.blankRows },
        (_, i) =>
          `<tr class="blank"><td class="n">${start + people.length + i}</td><td></td><td></td><td></td><td class="sign"></td></tr>`,
      ),
    ].join('');
  const days = session.days.length ? session.days : [''];
  const pages = days.map(
    (day, i) => `<section class="day">
<header class="top">
<p class="kind">${h(days.length > 1 ? t('signIn.titleOfDays', { day: i + 1, days: days.length }) : t('signIn.title'))}</p>
<h1 dir="auto">${h(session.title)}</h1>
<p class="workshop">${day ? h(formatDate(day, language)) : ''}${session.place.trim() ? ` · ${h(session.place.trim())}` : ''}${session.organiser.trim() ? ` · ${h(session.organiser.trim())}` : ''}</p>
</header>
<table>
<thead><tr><th class="n">${h(t('signIn.number'))}</th><th>${h(t('signIn.name'))}</th><th>${h(t('signIn.organisation'))}</th><th>${h(t('signIn.country'))}</th><th class="sign">${h(t('signIn.signature'))}</th></tr></thead>
<tbody>${rows(1)}</tbody>
</table>
</section>`,
  );
  return htmlPage({
    lang: language,
    rtl: isRtl(language),
    title: `${t('signIn.title')} — ${session.title}`,
    footerTitle: `${session.title} · ${t('signIn.title')}`,
    pageLabel: t('page', PAGE_NUMBER_MARKERS),
    fontCss: input.fontCss,
    styles: SIGN_IN_STYLES,
    body: pages.join('\n'),
    viewport: false,
  });
}

const BASE_STYLES = `
@page { size: A4; margin: 16mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
html { font-family: ${REPORT_FONT_STACK}; font-size: 10.5pt; line-height: 1.4; color: #111; }
body { margin: 0; }
p { margin: 0; }
.top { margin-block-end: 6mm; }
.kind { font-size: 9pt; letter-spacing: 0.06em; text-transform: uppercase; color: #444; }
h1 { font-size: 17pt; margin: 1mm 0 1.5mm; }
.workshop { color: #333; }
`;

const QUIZ_STYLES = `${BASE_STYLES}
.fill-in { display: grid; grid-template-columns: 1fr 1fr 0.6fr; gap: 6mm; margin-block: 5mm 3mm; }
.fill-in p { display: flex; align-items: flex-end; gap: 2mm; font-weight: 600; }
.fill-in .line { flex: 1; border-block-end: 0.8pt solid #111; block-size: 6mm; }
.how { font-size: 9.5pt; color: #333; }
.warning { margin-block-start: 3mm; padding: 2mm 3mm; border: 1pt solid #111; font-weight: 700; }
.question { display: grid; grid-template-columns: 9mm 1fr; break-inside: avoid; padding-block: 3mm; border-block-start: 0.5pt solid #bbb; }
.number { font-weight: 700; font-size: 11pt; }
.scenario { font-style: italic; margin-block-end: 1.5mm; }
.prompt { font-weight: 600; }
.hint { font-size: 8.5pt; color: #444; margin-block: 0.5mm 1.5mm; }
.options { list-style: none; margin: 0; padding: 0; }
.options li { display: grid; grid-template-columns: 7mm 5mm 1fr; align-items: start; padding-block: 1mm; }
.box { display: inline-flex; align-items: center; justify-content: center; inline-size: 4.2mm; block-size: 4.2mm; border: 0.9pt solid #111; font-weight: 700; font-size: 9pt; line-height: 1; }
.box.round { border-radius: 50%; }
.keyed { font-weight: 700; }
.match { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.lefts { margin: 0; padding-inline-start: 5mm; }
.lefts li { padding-block: 1mm; }
.lefts .blank { display: inline-block; inline-size: 10mm; border-block-end: 0.8pt solid #111; text-align: center; font-weight: 700; }
.rights { list-style: none; margin: 0; padding: 0; }
.rights li { padding-block: 1mm; }
`;

const SIGN_IN_STYLES = `${BASE_STYLES}
@page { size: A4 landscape; margin: 14mm 14mm 16mm 14mm; }
.day { break-after: page; }
.day:last-child { break-after: auto; }
table { inline-size: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
th, td { border: 0.7pt solid #555; padding: 0 2.5mm; block-size: 9.5mm; text-align: start; vertical-align: middle; }
th { background: #eee; font-size: 9.5pt; block-size: 7mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
tr { break-inside: avoid; }
.n { inline-size: 10mm; text-align: end; color: #444; }
.sign { inline-size: 34%; }
`;
