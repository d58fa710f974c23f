import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfPrinter, PrintStage } from './page-templates';

/**
 * Prints an HTML document to PDF. The printers load files, not strings, so the document goes
 * through a uniquely named file in `tempDir` (`<prefix>-<uuid>.html`), removed even when
 * printing fails.
 */
export async function printHtml(
  html: string,
  { printer, tempDir }: { printer: PdfPrinter; tempDir: string },
  prefix: string,
  onStage?: (stage: PrintStage) => void,
): Promise<Buffer> {
  const file = join(tempDir, `${prefix}-${randomUUID()}.html`);
  writeFileSync(file, html);
  try {
    return await printer.print(file, onStage);
  } finally {
    rmSync(file, { force: true });
  }
}
