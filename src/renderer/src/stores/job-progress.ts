import type { EventPayload } from '@shared/api/events';
import { call } from '@renderer/api/client';

/**
 * One running job as a progress bar with a Cancel button sees it: the register import, the
 * certificates, and (through export-job.ts) the report exports.
 */
export interface JobProgress {
  /** From the job's first progress event ("starting"): what Cancel sends. */
  jobId: string | null;
  /** 0…1 once the job reports progress; null until then (an indeterminate bar). */
  fraction: number | null;
  cancelling: boolean;
}

export const IDLE_JOB: JobProgress = { jobId: null, fraction: null, cancelling: false };

/**
 * The job as it stands after a job.progress event, or null when the event is not this job's:
 * another kind, or another job of the kind. The first event of the kind names the job; the bar
 * never moves back.
 */
export function followJob(
  job: JobProgress,
  progress: EventPayload<'job.progress'>,
  kind: string,
): JobProgress | null {
  if (progress.kind !== kind) return null;
  if (job.jobId !== null && job.jobId !== progress.jobId) return null;
  const fraction =
    progress.total > 0
      ? Math.max(job.fraction ?? 0, Math.min(1, progress.current / progress.total))
      : job.fraction;
  return { ...job, jobId: progress.jobId, fraction };
}

/**
 * Asks the core to stop the job. The call that started it answers CANCELLED (or its result, if
 * it finished first); that answer, not this one, says how the job ended.
 */
export async function cancelJob(
  job: JobProgress,
  update: (job: JobProgress) => void,
): Promise<void> {
  if (!job.jobId || job.cancelling) return;
  update({ ...job, cancelling: true });
  try {
    await call('jobs.cancel', { jobId: job.jobId });
  } catch {
    // NOT_FOUND: the job finished first; its own answer says how it ended.
  }
}
