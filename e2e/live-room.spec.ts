import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Api } from './support/api';
import { expectAccessible } from './support/axe';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';

// The facilitator's room screen and three participants' phones, each in its own browser
// context, over a room bound to 127.0.0.1 (standing in for the room's Wi-Fi).

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function phone(browser: Browser, joinUrl: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(joinUrl);
  return page;
}

async function joinAs(page: Page, code: string, name: string): Promise<void> {
  await page.getByLabel('Join code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByText('You are in.')).toBeVisible();
}

test('a facilitator runs a short quiz, a poll and sees answers land, with three phones', async ({
  page,
  server,
  browser,
  request,
}) => {
  const api = new Api(request, server.url);
  const { id: sessionId } = await api.call<{ id: string }>('sessions.create', {
    title: 'Hanoi cybercrime workshop',
    startDate: '2026-12-01',
    endDate: '2026-12-02',
    countries: ['VN', 'KE'],
  });
  await api.call('sessions.addParticipants', {
    sessionId,
    participants: [
      { name: 'Nguyễn Văn An', country: 'VN' },
      { name: 'Wanjiru Kamau', country: 'KE' },
      { name: 'Đỗ Thu Hà', country: 'VN' },
    ],
  });

  await page.goto(server.url);
  await page.goto(`${server.origin}/#/session/${sessionId}?tab=live`);
  await expect(page.getByRole('heading', { name: /Live room/ })).toBeVisible();
  await page
    .getByLabel('Quiz', { exact: true })
    .selectOption({ label: 'Warm-up: ten quick questions' });
  await page.getByLabel('Network', { exact: true }).selectOption('127.0.0.1');
  await page.getByLabel('Port', { exact: true }).fill('0');
  await expectAccessible(page, 'live room setup');
  await page.getByRole('button', { name: 'Open the room' }).click();

  const code = (await page.locator('.lr-join__code').textContent())!.trim();
  const joinUrl = (await page.locator('.lr-join__url').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(page.locator('.lr-join__qr')).toBeVisible();
  // The self-test requests the join address from the facilitator's own machine.
  await page.getByRole('button', { name: 'Test the room' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The room answers at' })).toContainText(
    joinUrl,
  );
  await saveScreenshot(page, 'live-projector-lobby');
  await expectAccessible(page, 'live room lobby');

  const phones = await Promise.all([1, 2, 3].map(() => phone(browser, joinUrl)));
  await joinAs(phones[0]!, code, 'Nguyễn Văn An');
  await joinAs(phones[1]!, code, 'Wanjiru Kamau');
  await joinAs(phones[2]!, code, 'Đỗ Thu Hà');
  await expect(page.getByRole('heading', { name: '3 participants in the room' })).toBeVisible();

  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('0 of 3 have answered')).toBeVisible();

  // Each phone shows the question without any hint of the answer, then answers.
  for (const p of phones) {
    await expect(p.getByText('Question 1 of')).toBeVisible();
    await expect(p.locator('.verdict')).toHaveCount(0);
  }
  await expectNoHorizontalOverflow(phones[0]!);
  await saveScreenshot(phones[0]!, 'live-phone-question', true);
  await expectAccessible(phones[0]!, 'participant question');
  for (const [i, p] of phones.entries()) {
    const options = p.locator('button.option');
    await options.nth(i % (await options.count())).click();
    await p.getByRole('button', { name: 'Send answer' }).click();
    await expect(p.getByText('Answer received.')).toBeVisible();
  }
  await expect(page.getByText('3 of 3 have answered')).toBeVisible();

  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.locator('.lr-option--key').first()).toBeVisible();
  for (const p of phones) await expect(p.locator('.verdict')).toBeVisible();
  await saveScreenshot(page, 'live-projector-reveal');
  await saveScreenshot(phones[0]!, 'live-phone-reveal', true);

  // A phone that reloads resumes where the room is.
  await phones[1]!.reload();
  await expect(phones[1]!.locator('.verdict')).toBeVisible();

  // A quick poll between blocks.
  await page.getByRole('button', { name: 'Quick poll…' }).click();
  await page.getByLabel('Question', { exact: true }).fill('Which chapter matters most to you?');
  await page.getByLabel('Options, one per line').fill('Criminalization\nProcedural measures');
  await page.getByRole('button', { name: 'Launch the poll' }).click();
  for (const p of phones) await p.getByRole('button', { name: 'Procedural measures' }).click();
  await expect(page.getByText('3 answers')).toBeVisible();
  await page.getByRole('button', { name: 'Close the poll' }).click();
  await expect(phones[0]!.getByText('Results')).toBeVisible();

  await page.getByRole('button', { name: 'End the quiz' }).click();
  await expect(page.getByText('The quiz is over')).toBeVisible();
  for (const p of phones) await expect(p.getByText('Your score:')).toBeVisible();

  await page.getByRole('button', { name: 'Close the room' }).click();
  await expect(page.getByText('Room closed')).toBeVisible();
  await expect(phones[0]!.getByText('closed the room')).toBeVisible();

  // Live answers are ordinary attempts: the results see all three.
  const results = await api.call<unknown>('sessions.results', { sessionId });
  for (const name of ['Nguyễn Văn An', 'Wanjiru Kamau', 'Đỗ Thu Hà'])
    expect(JSON.stringify(results)).toContain(name);
  await Promise.all(phones.map((p) => p.context().close()));
});

test('a national team votes on checklist items and the facilitator adopts a result', async ({
  page,
  server,
  browser,
  request,
}) => {
  const api = new Api(request, server.url);
  const { id } = await api.call<{ id: string }>('assessments.create', {
    country: 'VN',
    title: 'Validation workshop',
    chapters: ['II'],
  });
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/checklist/${id}`);
  await page.getByRole('tab', { name: 'Validation vote' }).click();
  await page.getByLabel('Network', { exact: true }).selectOption('127.0.0.1');
  await page.getByLabel('Port', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Open the room' }).click();
  const code = (await page.locator('.lr-join__code').textContent())!.trim();
  const joinUrl = (await page.locator('.lr-join__url').textContent())!.trim();

  const phones = await Promise.all([1, 2, 3].map(() => phone(browser, joinUrl)));
  for (const [i, p] of phones.entries()) {
    await p.getByLabel('Join code').fill(code);
    await p.getByRole('button', { name: 'Continue' }).click();
    await p.getByLabel('Your name').fill(['Lan', 'Minh', 'Hùng'][i]!);
    await p.getByRole('button', { name: 'Join' }).click();
    await expect(p.getByText('You are in.')).toBeVisible();
  }
  await page.getByRole('button', { name: 'First item' }).click();
  const votes = ['Partly implemented', 'Partly implemented', 'Gap'];
  for (const [i, p] of phones.entries()) {
    await p.getByRole('radio', { name: votes[i]! }).click();
    if (i === 2) await p.getByLabel('Comment (optional)').fill('No law on this yet');
    await p.getByRole('button', { name: 'Send vote' }).click();
    await expect(p.getByText('Vote saved')).toBeVisible();
  }
  await expect(page.getByText('No law on this yet')).toBeVisible();
  await saveScreenshot(page, 'live-vote-facilitator');
  await saveScreenshot(phones[2]!, 'live-phone-vote', true);
  await page.getByRole('button', { name: /^Partly implemented \(2\)/ }).click();
  await expect(page.getByText('In the checklist now:')).toContainText('Partly implemented');

  const history = await api.call<{ note?: string | null; newValue: string | null }[]>(
    'assessments.history',
    { assessmentId: id },
  );
  expect(history.find((h) => h.newValue === 'partial')?.note).toMatch(/3 vote\(s\)/);
  await page.getByRole('button', { name: 'Close the room' }).click();
  await Promise.all(phones.map((p) => p.context().close()));
});
