import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { SessionPage } from './pages/session-page';
import type { Api } from './support/api';
import { JOB_SHOTS as SHOTS, startJobTest } from './support/job-test';
import { openAt } from './support/navigation';

// The register import and the certificates run as jobs in worker threads: each shows a
// progress bar while it runs, with a Cancel button that stops it and changes nothing.
const COUNTRIES = ['VN', 'KE', 'SN', 'FR', 'BR'];

/** A register sheet of `count` distinct people: long enough that the import is seen running. */
function registerCsv(count: number): string {
  const lines = ['Name,Organisation,Country,Role,Gender,E-mail'];
  for (let n = 0; n < count; n++)
    lines.push(
      `Participant ${n},Office ${n % 17},${COUNTRIES[n % 5]},Prosecutor,${n % 2 ? 'female' : 'male'},p${n}@example.org`,
    );
  return lines.join('\r\n');
}

async function newWorkshop(api: Api, title: string): Promise<string> {
  const { id } = await api.call<{ id: string }>('sessions.create', {
    title,
    startDate: '2026-12-07',
    endDate: '2026-12-08',
    countries: ['VN'],
  });
  return id;
}

test('a register import shows its progress bar with Cancel while it runs', async ({
  page,
  server,
  request,
  health,
}) => {
  const api = startJobTest({ request, server, health });
  const sessionId = await newWorkshop(api, 'Register under way');
  const rows = 4000;
  const csv = test.info().outputPath('register.csv');
  writeFileSync(csv, registerCsv(rows));
  // Counts in the interface's own catalog strings are formatted for the reader: "4,000".
  const shown = rows.toLocaleString('en');

  await openAt(page, server, `#/session/${sessionId}`);
  const ws = new SessionPage(page);
  const panel = await ws.openTab('Register');
  await panel.getByLabel('Import register…').setInputFiles(csv);
  const preview = panel.getByRole('region', { name: /Preview of register\.csv/ });
  await expect(preview).toContainText(`${shown} rows ready to import`, {
    timeout: 120_000,
  });

  // The built worker adds 4,000 rows faster than a test can poll, so the page itself records
  // what the bar showed while the job ran (a cancelled import is tested in jobs/*.test.ts).
  // A script string: the e2e code is typed without the DOM library, as the other specs do.
  await page.evaluate(`(() => {
    const seen = { bar: false, cancelEnabled: false, value: 0 };
    window.seen = seen;
    new MutationObserver(() => {
      const box = document.querySelector('[data-testid="register-import-progress"]');
      if (!box) return;
      seen.bar = true;
      if (box.querySelector('button:not([disabled])')) seen.cancelEnabled = true;
      const bar = box.querySelector('progress');
      if (bar && bar.hasAttribute('value')) seen.value = Math.max(seen.value, bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  })()`);
  await preview.getByRole('button', { name: `Import ${shown} rows` }).click();
  await expect(page.getByTestId('register-import-result')).toContainText(`${shown} added`, {
    timeout: 120_000,
  });
  const seen = (await page.evaluate('window.seen')) as {
    bar: boolean;
    cancelEnabled: boolean;
    value: number;
  };
  console.log(`[register import] the bar while it ran: ${JSON.stringify(seen)}`);
  expect(seen).toMatchObject({ bar: true, cancelEnabled: true });
  expect(seen.value).toBeGreaterThan(0);
  await page.screenshot({ path: join(SHOTS, 'register-import-done.png') });
  const after = await api.call<{ participants: unknown[] }>('sessions.get', { id: sessionId });
  expect(after.participants).toHaveLength(rows);
});

test('certificates show their progress part-way and can be cancelled', async ({
  page,
  server,
  request,
  health,
}) => {
  const api = startJobTest({ request, server, health }, { cancels: true });
  const sessionId = await newWorkshop(api, 'Certificates under way');
  const people = 40;
  const { participants } = await api.call<{ participants: { id: string }[] }>(
    'sessions.addParticipants',
    {
      sessionId,
      participants: Array.from({ length: people }, (_, n) => ({
        name: `Participant ${n}`,
        organisation: 'Ministry of Justice',
        country: COUNTRIES[n % 5],
      })),
    },
  );
  // Everyone takes the post-test (a score, whatever it is) and attends the first day.
  for (const p of participants)
    await api.call('attempts.submit', {
      sessionId,
      participantId: p.id,
      quizId: 'uncc.quiz.post-test',
      responses: [],
    });
  await api.call('sessions.setAttendance', {
    sessionId,
    marks: participants.map((p) => ({ personId: p.id, day: '2026-12-07', state: 'present' })),
  });

  await openAt(page, server, `#/session/${sessionId}`);
  const ws = new SessionPage(page);
  const panel = await ws.openTab('Outputs');
  await panel.getByLabel('Post-test score at least (%)').fill('0');
  await panel.getByRole('button', { name: 'Check who qualifies' }).click();
  await expect(panel.getByTestId('eligibility')).toContainText(`${people} qualify`);

  const bar = panel.getByTestId('certificates-progress').locator('progress');
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Create the certificates (PDF)' }).click();
  // Part-way: some certificates laid out, the PDF not yet printed.
  await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0)).toBeGreaterThan(0);
  expect(Number(await bar.getAttribute('value'))).toBeLessThan(1);
  await panel
    .getByTestId('certificates-progress')
    .screenshot({ path: join(SHOTS, 'certificates-progress-part-way.png') });
  await page.screenshot({ path: join(SHOTS, 'certificates-part-way.png') });
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expect(panel.getByText(`${people} certificates in`, { exact: false })).toBeVisible();

  // Again, cancelled as soon as it has a job id.
  await panel.getByRole('button', { name: 'Create the certificates (PDF)' }).click();
  const cancel = panel.getByRole('button', { name: 'Cancel the certificates' });
  await expect(cancel).toBeEnabled();
  await cancel.click();
  await expect(panel.getByText('The certificates were cancelled; no file was made.')).toBeVisible();
  await expect(panel.getByTestId('certificates-progress')).toBeHidden();
  await page.screenshot({ path: join(SHOTS, 'certificates-cancelled.png') });
});
