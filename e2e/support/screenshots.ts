import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { ROOT } from './server';

const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Wide content must wrap, not push the window sideways. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  // A string, not a function: e2e code is type-checked without the DOM library.
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(overflow, 'horizontal overflow in CSS pixels').toBeLessThanOrEqual(0);
}
