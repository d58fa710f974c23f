import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SessionPage, type QuizDetail } from './pages/session-page';
import { Api } from './support/api';
import { expectAccessible } from './support/axe';
import { saveScreenshot } from './support/screenshots';

test('paper: sheets print as PDFs and a whole sheet is typed in on one grid', async ({
  page,
  server,
}) => {
  const api = new Api(page.request, server.url);
  const { id } = await api.call<{ id: string }>('sessions.create', {
    title: 'Paper check',
    startDate: '2026-03-03',
    endDate: '2026-03-04',
  });
  await api.call('sessions.addParticipants', {
    sessionId: id,
    participants: [{ name: 'Amina Otieno', country: 'KE', organisation: 'ODPP' }],
  });
  const pre = await api.call<QuizDetail>('quizzes.get', { id: 'uncc.quiz.pre-test' });
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/session/${id}?tab=quizzes`);
  const ws = new SessionPage(page);
  const panel = page.getByRole('tabpanel');

  /** Clicks a print button and checks that a PDF named like `name` comes down. */
  const expectPdf = async (button: Locator, name: RegExp) => {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toMatch(name);
    expect(
      readFileSync(await file.path())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
  };
  await expectPdf(
    panel.getByRole('button', { name: 'Answer sheet (PDF)' }),
    /^answer-sheet-.*\.pdf$/,
  );
  await expectPdf(panel.getByRole('button', { name: 'Answer key (PDF)' }), /^answer-key-.*\.pdf$/);
  // The sign-in sheet is printed from the register it lists.
  await expectPdf(
    (await ws.openTab('Register')).getByRole('button', { name: 'Sign-in sheet (PDF)' }),
    /^sign-in-.*\.pdf$/,
  );
  await saveScreenshot(page, 'register-sign-in-1280x800-light');
  await ws.openTab('Quizzes');

  // One screen for the whole sheet; the keyboard moves between the letters of a row.
  await ws.enterPaper('Amina Otieno', /pre-test/, pre, 'right');
  await expect(page.getByTestId('paper-score')).toHaveText('Saved as an attempt: 100%');
  await expectAccessible(page, 'paper grid');
  await saveScreenshot(page, 'paper-grid-1280x800-light', true);
  const results = await api.call<{ participants: { name: string; pre: number | null }[] }>(
    'sessions.results',
    { sessionId: id },
  );
  expect(results.participants.find((p) => p.name === 'Amina Otieno')?.pre).toBe(100);
});
