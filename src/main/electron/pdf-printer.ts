import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { lowerProcessTree } from '../core/os/background-priority';
import {
  pageTemplates,
  READ_PAGE_META,
  type PageMeta,
  type PdfPrinter,
} from '../core/reports/page-templates';

/**
 * Desktop PDF printing: the report HTML in a hidden, sandboxed window with no preload, printed
 * by Electron's own Chromium with the same page header and footer as the system-Chromium printer.
 */
export function createElectronPrinter(): PdfPrinter {
  return {
    async print(htmlFile, onStage = () => undefined) {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
      });
      // Its renderer lays out and prints the whole report: at background priority, so that
      // this (the main) process gets a core as soon as it wakes (see background-priority.ts).
      // Lowered once the report's page has committed, as a navigation may change the process.
      window.webContents.once('did-navigate', () => {
        const pid = window.webContents.getOSProcessId();
        if (pid > 0) lowerProcessTree(pid);
      });
      try {
        onStage('open');
        await window.loadURL(pathToFileURL(htmlFile).href);
        await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
        const meta = (await window.webContents.executeJavaScript(READ_PAGE_META)) as PageMeta;
        onStage('load');
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          // Certificates ask for A4 landscape in their own @page rule.
          preferCSSPageSize: true,
          printBackground: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
          displayHeaderFooter: true,
          ...pageTemplates(meta),
        });
        onStage('print');
        return pdf;
      } finally {
        window.destroy();
      }
    },
  };
}
