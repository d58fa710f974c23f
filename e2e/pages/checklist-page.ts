import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type ChecklistTab = 'Items' | 'Dashboard' | 'History' | 'Export';

/** #/checklist/<id>: the tabs, the items table, the item panel, the export form. */
export class ChecklistPage {
  readonly tabs: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly panel: Locator;
  readonly saveStatus: Locator;
  readonly filters: Locator;
  readonly bulkBar: Locator;
  readonly undoButton: Locator;
  readonly toast: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'Checklist views' });
    this.table = page.getByRole('table', { name: 'Checklist items' });
    this.rows = this.table.locator('tbody tr');
    this.panel = page.getByTestId('item-panel');
    this.saveStatus = page.getByTestId('save-status');
    this.filters = page.getByRole('search', { name: 'Filter the items' });
    this.bulkBar = page.getByTestId('bulk-bar');
    this.undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    this.toast = page.getByTestId('toast');
    this.count = page.getByTestId('items-count');
  }

  async expectLoaded(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.tabs).toBeVisible();
  }

  async showTab(name: ChecklistTab): Promise<void> {
    await this.tabs.getByRole('tab', { name }).click();
    await expect(this.tabs.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  /** The row of "Art. 7(1)". */
  row(ref: string): Locator {
    return this.rows.filter({ has: this.page.getByText(ref, { exact: true }) });
  }

  async openItem(ref: string): Promise<void> {
    await this.row(ref).click();
    await expect(this.panel.getByRole('heading', { level: 2 })).toContainText(ref);
  }

  panelField(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  async setResult(result: string): Promise<void> {
    await this.panel.getByRole('radio', { name: result, exact: true }).check();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  async closePanel(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Close the item' }).click();
    await expect(this.panel).toBeHidden();
  }

  async filter(label: string, value: string): Promise<void> {
    await this.filters.getByLabel(label, { exact: true }).selectOption(value);
  }

  async select(ref: string): Promise<void> {
    await this.row(ref).getByRole('checkbox').check();
  }

  async bulkSet(label: 'Set result' | 'Set status' | 'Set priority', value: string): Promise<void> {
    await this.bulkBar.getByLabel(label).selectOption({ label: value });
  }

  async exportAs(format: 'PDF' | 'Word' | 'Excel' | 'CSV' | 'JSON'): Promise<Download> {
    await this.page.getByRole('radio', { name: new RegExp(`^${format} `) }).check();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    return download;
  }
}
