import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_LANGUAGES, loadReportLanguage } from '../../../shared/i18n/report-catalogs';
import { openTestWorkbench, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import type { Workbench } from '../workbench';
import { createChromiumPrinter, type ChromiumPrinter } from './chromium-printer';

/** What a report test file exports with: its own workbench, a printer and an output folder. */
export interface ReportTestBench {
  /** A workbench over the bundled convention in a fresh data folder. */
  workbench: Workbench;
  /** The system Chromium, started on the first PDF. */
  printer: ChromiumPrinter;
  /** Where exported files go; KEEP_REPORTS=/some/folder keeps them for a person to open. */
  work: string;
  /** Closes the printer and the workbench and removes the folders this made. */
  close(): Promise<void>;
}

/** Opens a report test bench in a fresh folder named with `prefix`, every report language loaded. */
export async function openReportTestBench(prefix: string): Promise<ReportTestBench> {
  // The exporters take a language's text synchronously: the renderers load it first, as here.
  await Promise.all(REPORT_LANGUAGES.map(loadReportLanguage));
  const data = tempDir(prefix);
  try {
    const work = process.env.KEEP_REPORTS ?? join(data.dir, 'out');
    mkdirSync(work, { recursive: true });
    const workbench = await openTestWorkbench(join(data.dir, 'data'), PROJECT_RESOURCES);
    const printer = createChromiumPrinter();
    return {
      workbench,
      printer,
      work,
      async close() {
        await printer.close();
        workbench.close();
        data.cleanup();
      },
    };
  } catch (error) {
    data.cleanup();
    throw error;
  }
}
