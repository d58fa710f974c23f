import { expect, type Locator, type Page } from '@playwright/test';

export class QuestionBankPage {
  readonly heading: Locator;
  readonly count: Locator;
  readonly cards: Locator;
  readonly quizzes: Locator;
  readonly chapter: Locator;
  readonly article: Locator;
  readonly type: Locator;
  readonly difficulty: Locator;
  readonly audience: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Question bank' });
    this.count = page.getByTestId('question-count');
    this.cards = page.getByTestId('question-card');
    this.quizzes = page.getByRole('table', { name: 'Ready-made quizzes' });
    const filters = page.getByRole('search', { name: 'Filter the questions' });
    this.chapter = filters.getByLabel('Chapter', { exact: true });
    this.article = filters.getByLabel('Article', { exact: true });
    this.type = filters.getByLabel('Type', { exact: true });
    this.difficulty = filters.getByLabel('Difficulty', { exact: true });
    this.audience = filters.getByLabel('Audience', { exact: true });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.count).toHaveText(/^\d+ questions?/);
    await expect(this.cards.first()).toBeVisible();
  }

  /** The article numbers each card links to, card by card. */
  async testedArticles(): Promise<number[][]> {
    const lines = await this.cards.getByTestId('tested-articles').allTextContents();
    return lines.map((line) => [...line.matchAll(/Art\. (\d+)/g)].map((m) => Number(m[1])));
  }

  /** The number the count line states. */
  async total(): Promise<number> {
    await expect(this.count).toHaveText(/^\d+ questions?/);
    return Number(/^(\d+)/.exec((await this.count.textContent()) ?? '')?.[1]);
  }
}
