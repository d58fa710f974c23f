import { randomUUID } from 'node:crypto';
import type { PushEvent } from '../../../shared/api/events';

/** `done` defaults to current === total; a job whose last step is not its end passes false. */
export type Progress = (step: string, current: number, total: number, done?: boolean) => void;

/** A progress callback for one job, sent to the UI as job.progress events under one job id. */
export function jobProgress(emit: (event: PushEvent) => void, kind: string): Progress {
  const jobId = randomUUID();
  return (step, current, total, done = current === total) =>
    emit({ name: 'job.progress', payload: { jobId, kind, step, current, total, done } });
}
