import { expect, type Locator, type Page } from '@playwright/test';

export class RecoveryPage {
  readonly heading: Locator;
  readonly restoreButton: Locator;
  readonly quitButton: Locator;
  readonly backups: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'The database needs attention' });
    this.restoreButton = page.getByRole('button', { name: 'Restore the newest backup' });
    this.quitButton = page.getByRole('button', { name: 'Quit' });
    this.backups = page.getByRole('table', { name: 'Backups, newest first' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.heading).toBeVisible();
  }
}
