import { expect, type Locator, type Page } from '@playwright/test';

export class AboutPage {
  readonly heading: Locator;
  readonly backupButton: Locator;
  readonly progress: Locator;
  readonly backupFile: Locator;
  readonly backupSize: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'About & data' });
    this.backupButton = page.getByRole('button', { name: 'Back up now' });
    this.progress = page.getByRole('progressbar', { name: 'Backup progress' });
    this.backupFile = page.getByTestId('backup-file');
    this.backupSize = page.getByTestId('backup-size');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('heading', { name: 'Application' })).toBeVisible();
  }

  /** "You on this machine": the name written into checklist history and exchange files. */
  async setIdentity(name: string, organisation: string): Promise<void> {
    const card = this.page.getByRole('region', { name: 'You on this machine' });
    await card.getByLabel('Your name').fill(name);
    await card.getByLabel('Organisation').fill(organisation);
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByRole('status')).toHaveText('Saved');
  }

  fact(name: string): Locator {
    return this.page.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');
  }

  async backUp(): Promise<void> {
    await this.backupButton.click();
    await expect(this.page.getByText('Backup complete')).toBeVisible();
  }
}
