import { expect, type Locator, type Page } from '@playwright/test';

export class PacksPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly importInput: Locator;
  readonly sheetInput: Locator;
  readonly importResult: Locator;
  readonly sheetResult: Locator;
  readonly problems: Locator;
  readonly templateXlsx: Locator;
  readonly templateCsv: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Content packs' });
    this.table = page.getByRole('table', { name: 'Installed packs' });
    this.rows = this.table.locator('tbody tr');
    this.importInput = page.getByLabel('Import a pack…');
    this.sheetInput = page.getByLabel('Import questions from a spreadsheet…');
    this.importResult = page.getByTestId('pack-import-result');
    this.sheetResult = page.getByTestId('sheet-result');
    this.problems = page.getByTestId('sheet-problems');
    this.templateXlsx = page.getByRole('button', {
      name: 'Download the blank template',
      exact: true,
    });
    this.templateCsv = page.getByRole('button', { name: 'Download the blank template (CSV)' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  row(packId: string): Locator {
    return this.rows.filter({ hasText: packId });
  }

  importSection(): Locator {
    return this.page.getByRole('region', { name: 'Import a pack' });
  }

  alertIn(section: Locator): Locator {
    return section.getByRole('alert');
  }
}
