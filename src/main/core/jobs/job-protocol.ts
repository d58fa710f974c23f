import type { ErrorCode } from '../../../shared/api/envelope';
import type { Publisher } from '../content/publishers';
import type { PrintStage } from '../reports/page-templates';
import type { JobKind } from './job-kinds';

// The messages between the core (job-runner.ts) and a job's worker (job-worker.ts). Types only,
// apart from READ_ONLY_JOBS, so that the core never loads the jobs' code to talk to them.

/** What a worker starts with. `cancel` is one Int32 the core sets to 1 to ask the job to stop. */
export interface JobStart {
  kind: JobKind;
  input: unknown;
  databaseFile: string;
  nativeBinding: string | undefined;
  dataDir: string;
  trusted: readonly Publisher[];
  cancel: SharedArrayBuffer;
}

export type FromWorker =
  | { type: 'progress'; step: string; current: number; total: number; done: boolean }
  | { type: 'warm' }
  | { type: 'print'; id: number; htmlFile: string }
  | { type: 'result'; value: unknown }
  | { type: 'error'; code: ErrorCode | null; message: string; sqliteCode: string | null };

export type ToWorker =
  | { type: 'print-stage'; id: number; stage: PrintStage }
  | { type: 'printed'; id: number; pdf: Uint8Array }
  | { type: 'print-failed'; id: number; code: ErrorCode; message: string };

/** Jobs that only read: stopping their thread at once is safe, nothing can be half-written. */
export const READ_ONLY_JOBS: ReadonlySet<JobKind> = new Set([
  'report-export',
  'session-report',
  'register-preview',
  'certificates',
]);
