import { expect, type Locator, type Page } from '@playwright/test';

export class ArticlePage {
  readonly title: Locator;
  readonly eyebrow: Locator;
  readonly provisions: Locator;
  readonly keyTerms: Locator;
  readonly related: Locator;
  readonly pager: Locator;
  readonly verificationNote: Locator;
  readonly officialText: Locator;
  readonly questionsLink: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.eyebrow = page.locator('.article-header__eyebrow');
    this.provisions = page
      .getByRole('region', { name: 'Provisions' })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { level: 3 }),
      });
    this.keyTerms = page.getByRole('region', { name: 'Key terms' });
    this.related = page.getByRole('region', { name: 'Related articles' });
    this.pager = page.getByRole('navigation', { name: 'Other articles' });
    this.verificationNote = page.getByTestId('verification-note');
    this.officialText = page.getByRole('region', { name: 'Official text' });
    this.questionsLink = page.getByRole('link', { name: /questions? on this article/ });
  }

  async expectArticle(number: number, title?: string | RegExp): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`#/article/${number}$`));
    await expect(this.eyebrow).toContainText(`Article ${number}`);
    if (title) await expect(this.title).toHaveText(title);
  }
}
