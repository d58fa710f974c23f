import type { ApiError } from '@shared/api/envelope';
import type { EventPayload } from '@shared/api/events';
import { offerDownload } from '@renderer/files/download';
import { cancelJob, followJob, type JobProgress } from './job-progress';
import { toApiError } from './load-state';

/** What a report export with a progress bar and a Cancel button keeps (checklist, workshop). */
export interface ExportJobState {
  /** cancelled: the user stopped the export (jobs.cancel); no file was made. */
  exportPhase: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  /** The running export's job id, from its first progress event: what Cancel sends. */
  exportJobId: string | null;
  exportCancelling: boolean;
  /** 0…1 once the server reports progress; null until then (an indeterminate bar). */
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

const jobOf = (state: ExportJobState): JobProgress => ({
  jobId: state.exportJobId,
  fraction: state.exportFraction,
  cancelling: state.exportCancelling,
});

export function cancelExportJob(get: Get, set: Set): Promise<void> {
  return cancelJob(jobOf(get()), (job) => set({ exportCancelling: job.cancelling }));
}

/**
 * Follows the running export's job.progress events of one kind (job-progress.ts): returns the
 * fraction to show, or null for an event that is not this export's.
 */
export function exportProgress(
  get: Get,
  set: Set,
  progress: EventPayload<'job.progress'>,
  kind: string,
): number | null {
  if (get().exportPhase !== 'running') return null;
  const job = followJob(jobOf(get()), progress, kind);
  if (!job) return null;
  if (get().exportJobId === null) set({ exportJobId: job.jobId });
  return job.fraction;
}
