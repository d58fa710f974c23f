import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly heading: Locator;
  readonly chapters: Locator;
  readonly articleLinks: Locator;
  readonly stats: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Library' });
    this.chapters = page.getByRole('main').getByRole('region', { name: /^Chapter / });
    this.articleLinks = this.chapters.getByRole('link');
    this.stats = page.getByTestId('library-stats');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.chapters.first()).toBeVisible();
  }

  chapter(number: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Chapter ${number} `) });
  }

  articleLink(number: number): Locator {
    return this.chapters.getByRole('link', { name: new RegExp(`^Art\\. ${number} `) });
  }

  async openArticle(number: number): Promise<void> {
    await this.articleLink(number).click();
  }
}
