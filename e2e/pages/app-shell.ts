import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every page: header with search, history buttons, side navigation. */
export class AppShell {
  readonly banner: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly search: Locator;
  readonly results: Locator;
  readonly options: Locator;
  readonly backButton: Locator;
  readonly forwardButton: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.navigation = page.getByRole('navigation', { name: 'Sections' });
    this.main = page.getByRole('main');
    this.search = page.getByRole('combobox', { name: 'Search the convention' });
    this.results = page.getByRole('listbox', { name: 'Search results' });
    this.options = this.results.getByRole('option');
    this.backButton = page.getByRole('button', { name: 'Back', exact: true });
    this.forwardButton = page.getByRole('button', { name: 'Forward', exact: true });
  }

  /** Opens the app and waits until it runs (not just the screen the server drew into the page). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.search).toBeVisible();
    await expect(this.page.locator('#root [inert]')).toHaveCount(0);
  }

  async goTo(
    section: 'Library' | 'Checklists' | 'Question bank' | 'Content packs' | 'About & data',
  ): Promise<void> {
    await this.navigation.getByRole('link', { name: section }).click();
  }

  /** Types like a person, one key at a time, so the as-you-type path is exercised. */
  async typeQuery(query: string): Promise<void> {
    await this.search.click();
    await this.search.pressSequentially(query);
  }

  activeOption(): Locator {
    return this.results.locator('[role="option"][aria-selected="true"]');
  }

  async expectActiveOption(index: number): Promise<void> {
    const id = await this.options.nth(index).getAttribute('id');
    await expect(this.search).toHaveAttribute('aria-activedescendant', id ?? '');
    await expect(this.options.nth(index)).toHaveAttribute('aria-selected', 'true');
  }
}
