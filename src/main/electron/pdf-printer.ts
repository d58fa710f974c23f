import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
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
