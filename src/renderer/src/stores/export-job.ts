import type { ApiError } from '@shared/api/envelope';
import type { EventPayload } from '@shared/api/events';
import { call } from '@renderer/api/client';
import { offerDownload } from '@renderer/files/download';
import { toApiError } from './load-state';

/** What a report export with a progress bar and a Cancel button keeps (checklist, workshop). */
export interface ExportJobState {
  /** cancelled: the user stopped the export (jobs.cancel); no file was made. */
  exportPhase: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  /** The running export's job id, from its first progress event: what Cancel sends. */
  exportJobId: string | null;
  exportCancelling: boolean;
  exportFraction: number | null;
  exportError: ApiError | null;
  exportedFile: string | null;
}

type Get = () => ExportJobState;
type Set = (partial: Partial<ExportJobState>) => void;

/** Runs the render call of an export already marked running: offers its file, or says why not. */
export async function runExportJob(
  set: Set,
  render: () => Promise<{ fileName: string; contentBase64: string }>,
): Promise<void> {
  try {
    const file = await render();
    offerDownload(file);
    set({ exportPhase: 'done', exportFraction: 1, exportedFile: file.fileName });
  } catch (error) {
    const exportError = toApiError(error);
    if (exportError.code === 'CANCELLED') set({ exportPhase: 'cancelled' });
    else set({ exportPhase: 'error', exportError });
  } finally {
    set({ exportJobId: null, exportCancelling: false });
  }
}

export async function cancelExportJob(get: Get, set: Set): Promise<void> {
  const jobId = get().exportJobId;
  if (!jobId || get().exportCancelling) return;
  set({ exportCancelling: true });
  try {
    await call('jobs.cancel', { jobId });
  } catch {
    // NOT_FOUND: the export finished first; its own answer says how it ended.
  }
}

/**
 * Follows the running export's job.progress events of one kind: the first names the job (what
 * Cancel sends); returns the fraction to show, or null for an event that is not this export's.
 */
export function exportProgress(
  get: Get,
  set: Set,
  progress: EventPayload<'job.progress'>,
  kind: string,
): number | null {
  if (progress.kind !== kind || get().exportPhase !== 'running') return null;
  if (get().exportJobId === null) set({ exportJobId: progress.jobId });
  else if (get().exportJobId !== progress.jobId) return null;
  if (progress.total <= 0) return null;
  return Math.max(get().exportFraction ?? 0, Math.min(1, progress.current / progress.total));
}
