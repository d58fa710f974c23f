import { expect, type Page } from '@playwright/test';
import type { RunningServer } from './server';

type Addresses = Pick<RunningServer, 'url' | 'origin'>;

/**
 * Opens the app at `hash` (`#/session/…`): first the server's address with its token, which
 * the page keeps for its API calls, then the screen itself.
 */
export async function openAt(page: Page, server: Addresses, hash: string): Promise<void> {
  await page.goto(server.url);
  await page.goto(`${server.origin}/${hash}`);
}

/**
 * Chooses the interface language in About & data, as a person does, and waits until the page
 * has switched: its `lang`, and its `dir` (right to left for Arabic).
 */
export async function chooseInterfaceLanguage(
  page: Page,
  server: Addresses,
  code: string,
  dir: 'ltr' | 'rtl' = 'ltr',
): Promise<void> {
  await openAt(page, server, '#/about');
  await page.getByLabel('Interface language').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}
