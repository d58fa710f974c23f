import type { Locator, Page } from '@playwright/test';

export class AccessPage {
  readonly heading: Locator;
  readonly explanation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Access token missing or wrong' });
    this.explanation = page.getByRole('alert');
  }
}
