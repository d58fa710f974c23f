import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface NewChecklist {
  country: string;
  title: string;
  date?: string;
  assessors?: string;
  organisation?: string;
}

/** #/checklists: the list, the new-checklist dialog, import and the merge dialog. */
export class ChecklistsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly newButton: Locator;
  readonly importInput: Locator;
  readonly mergeDialog: Locator;
  readonly importResult: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Checklists' });
    this.table = page.getByRole('table', { name: 'Your checklists' });
    this.rows = this.table.getByTestId('checklist-row');
    this.newButton = page.getByRole('button', { name: 'New checklist' });
    this.importInput = page.getByLabel('Import a checklist file…');
    this.mergeDialog = page.getByRole('dialog', { name: /^Import “/ });
    this.importResult = page.getByTestId('import-result');
  }

  async open(origin: string): Promise<void> {
    await this.page.goto(`${origin}/#/checklists`);
    await expect(this.heading).toBeVisible();
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async create(checklist: NewChecklist): Promise<void> {
    await this.newButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New checklist' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Country').selectOption(checklist.country);
    await dialog.getByLabel('Title').fill(checklist.title);
    if (checklist.date) await dialog.getByLabel('Assessment date').fill(checklist.date);
    if (checklist.assessors) await dialog.getByLabel('Assessors').fill(checklist.assessors);
    if (checklist.organisation !== undefined)
      await dialog.getByLabel('Organisation').fill(checklist.organisation);
    await dialog.getByRole('button', { name: 'Create checklist' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(checklist.title)).toBeVisible();
  }

  async openChecklist(title: string): Promise<void> {
    await this.row(title)
      .getByRole('link', { name: `Open ${title}` })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async newCycle(of: string, title: string): Promise<void> {
    await this.row(of)
      .getByRole('button', { name: `Start a new cycle of ${of}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `New cycle of “${of}”` });
    await dialog.getByLabel('Title of the new cycle').fill(title);
    await dialog.getByRole('button', { name: 'Create cycle' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(title)).toBeVisible();
  }

  compareLink(): Locator {
    return this.page.getByRole('link', { name: 'Compare cycles' });
  }

  /** On the compare page: picks the checklist whose option names this title. */
  async chooseToCompare(label: 'Earlier checklist' | 'Later checklist', title: string) {
    const select = this.page.getByLabel(label);
    const option = select.locator('option').filter({ hasText: title });
    await expect(option).toHaveCount(1);
    await select.selectOption((await option.getAttribute('value')) ?? '');
  }

  async downloadFile(title: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.row(title)
      .getByRole('button', { name: `Export ${title} as a checklist file` })
      .click();
    return download;
  }
}
