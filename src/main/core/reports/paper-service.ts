import {
  isReportLanguage,
  loadReportLanguage,
  type ReportLanguage,
} from '../../../shared/i18n/report-catalogs';
import { exportName } from '../export-name';
import type { QuizStore } from '../sessions/quiz-store';
import type { SessionStore } from '../sessions/session-store';
import { reportFontCss } from './fonts';
import { quizSheetHtml, signInSheetHtml } from './paper-sheets';
import { printHtml } from './print-html';
import type { Rendering } from './report-service';

/** Rows left empty on each sign-in page for people who are not on the register. */
const WALK_IN_ROWS = 5;

/** The paper fallback's PDFs: a quiz's answer sheet or key, and a workshop's sign-in sheets. */
export function createPaperService(
  from: { sessions: SessionStore; quizzes: QuizStore },
  rendering: Pick<Rendering, 'printer' | 'tempDir'>,
) {
  /** The sheets are in the workshop's language; a quiz printed for no workshop is in English. */
  async function languageOf(session: { language: string } | null): Promise<ReportLanguage> {
    const language = session && isReportLanguage(session.language) ? session.language : 'en';
    await loadReportLanguage(language);
    return language;
  }
  const print = (html: string, prefix: string) =>
    printHtml(html, { printer: rendering.printer, tempDir: rendering.tempDir() }, prefix);

  return {
    async quizSheet(request: { quizId: string; sessionId?: string | undefined; key: boolean }) {
      const quiz = from.quizzes.get(request.quizId);
      const session = request.sessionId ? from.sessions.get(request.sessionId) : null;
      const html = quizSheetHtml({
        // Printed in the workshop's language where the questions are translated.
        quizTitle: from.quizzes.inLanguage(quiz, session?.language).title,
        questions: from.quizzes.questions(quiz, session?.language),
        session,
        key: request.key,
        language: await languageOf(session),
        fontCss: reportFontCss(),
      });
      const what = request.key ? 'answer-key' : 'answer-sheet';
      return {
        name: `${exportName(what, quiz.title)}.pdf`,
        bytes: await print(html, what),
      };
    },

    async signInSheet(sessionId: string) {
      const session = from.sessions.get(sessionId);
      const html = signInSheetHtml({
        session,
        blankRows: WALK_IN_ROWS,
        language: await languageOf(session),
        fontCss: reportFontCss(),
      });
      return {
        name: `${exportName('sign-in', session.title)}.pdf`,
        bytes: await print(html, 'sign-in'),
      };
    },
  };
}
