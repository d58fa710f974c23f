import { base64ToBytes } from './base64';

const MIME_BY_EXTENSION: Record<string, string> = {
  json: 'application/json',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const REVOKE_DELAY_MS = 10_000;

function mimeFor(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/**
 * Hands a file from the API to the browser's own download: a temporary object URL behind
 * an <a download>. The CSP allows blob: URLs, and nothing leaves the machine.
 */
export function offerDownload(file: { fileName: string; contentBase64: string }): void {
  const blob = new Blob([base64ToBytes(file.contentBase64)], { type: mimeFor(file.fileName) });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The click starts the download; revoking a moment later leaves room for a browser (or
  // Electron's save dialog) that reads the URL after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
