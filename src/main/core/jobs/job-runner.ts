import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { tsxWorkerCode } from '../tsx-worker';
import { AppError } from '../../../shared/api/envelope';
import type { PushEvent } from '../../../shared/api/events';
import type { Publisher } from '../content/publishers';
import type { PdfPrinter } from '../reports/page-templates';
import type { JobInput, JobKind, JobResult } from './job-kinds';
import { READ_ONLY_JOBS, type FromWorker, type JobStart, type ToWorker } from './job-protocol';

export interface JobRunnerEnv {
  databaseFile: string;
  nativeBinding?: string | undefined;
  dataDir: string;
  trusted: readonly Publisher[];
  /** The core's printer: report jobs print through it, so one warm browser serves them all. */
  printer: PdfPrinter;
  emit: (event: PushEvent) => void;
}

interface RunningJob {
  kind: JobKind;
  /** Set to 1 to ask the job to stop at its next step. */
  flag: Int32Array;
  /** Ends a job that only reads at once. */
  stop(): void;
  /** Settles when the job has ended: true when it ended cancelled. */
  ended: Promise<boolean>;
}

/**
 * How to start a job's worker. Built, its code is out/main/job-worker.js (an entry of
 * electron.vite.config.ts), beside the shell's entry or one folder above the chunk this code was
 * bundled into. Under tsx and vitest it is job-worker.ts beside this file: the worker first
 * registers tsx's ESM hooks in its own thread (an `--import tsx` in execArgv does not reach
 * worker threads on Node 20), then imports it.
 */
function workerEntry(): { file: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts'))
    return { file: tsxWorkerCode(new URL('./job-worker.ts', here)), eval: true };
  for (const candidate of ['./job-worker.js', '../job-worker.js']) {
    const file = new URL(candidate, here);
    if (existsSync(fileURLToPath(file))) return { file, eval: false };
  }
  throw new AppError('INTERNAL', `The job worker (job-worker.js) is missing beside ${here}.`);
}

const LABELS: Record<JobKind, string> = {
  'pack-import': 'The pack import',
  'question-sheet': 'The question spreadsheet import',
  'report-export': 'The report export',
  'session-report': 'The workshop report export',
  'register-preview': 'Reading the register sheet',
  'register-import': 'The register import',
  certificates: 'The certificates export',
};

/** The error a worker sent, rebuilt: AppErrors as they were, disk errors with their SQLite code. */
function fromWorker(message: Extract<FromWorker, { type: 'error' }>): Error {
  if (message.code) return new AppError(message.code, message.message);
  const error = new Error(message.message) as Error & { code?: string };
  if (message.sqliteCode) error.code = message.sqliteCode;
  return error;
}

/**
 * Runs long jobs (job-kinds.ts) each in its own worker thread with its own connection to the
 * database, so that the thread serving the API keeps answering (WAL lets reads go on beside the
 * job's write). The job's progress becomes job.progress events under one job id; the first,
 * "starting", is sent before the worker starts, so the UI knows the id to cancel with.
 */
export function createJobRunner(env: JobRunnerEnv) {
  const running = new Map<string, RunningJob>();

  function run<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobResult<K>> {
    const jobId = randomUUID();
    const emit = (step: string, current: number, total: number, done: boolean) =>
      env.emit({ name: 'job.progress', payload: { jobId, kind, step, current, total, done } });
    emit('starting', 0, 1, false);
    const cancel = new SharedArrayBuffer(4);
    const entry = workerEntry();
    const start: JobStart = {
      kind,
      input,
      databaseFile: env.databaseFile,
      nativeBinding: env.nativeBinding,
      dataDir: env.dataDir,
      trusted: env.trusted,
      cancel,
    };
    const worker = new Worker(entry.file, { workerData: start, eval: entry.eval });
    const send = (message: ToWorker, transfer?: ArrayBuffer[]) =>
      worker.postMessage(message, transfer);
    let endedCancelled: (cancelled: boolean) => void = () => undefined;
    const ended = new Promise<boolean>((resolve) => (endedCancelled = resolve));

    return new Promise<JobResult<K>>((resolve, reject) => {
      let settled = false;
      const finish = (error: Error | null, value?: unknown) => {
        if (settled) return;
        settled = true;
        running.delete(jobId);
        // Its answer is in: the thread goes now, rather than when its event loop empties (under
        // tsx, the loader's hooks keep a port open and the thread, with its heap, would stay).
        void worker.terminate();
        endedCancelled(error instanceof AppError && error.code === 'CANCELLED');
        if (error) reject(error);
        else resolve(value as JobResult<K>);
      };
      running.set(jobId, {
        kind,
        flag: new Int32Array(cancel),
        stop() {
          finish(new AppError('CANCELLED', `${LABELS[kind]} was cancelled; nothing was changed.`));
        },
        ended,
      });
      worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'progress':
            return emit(message.step, message.current, message.total, message.done);
          case 'warm':
            return env.printer.warm?.();
          case 'print':
            env.printer
              .print(message.htmlFile, (stage) =>
                send({ type: 'print-stage', id: message.id, stage }),
              )
              .then(
                (pdf) => {
                  // Moved, not copied again: a long report's PDF is several megabytes.
                  const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
                  send({ type: 'printed', id: message.id, pdf: bytes }, [bytes.buffer]);
                },
                (error: unknown) =>
                  send({
                    type: 'print-failed',
                    id: message.id,
                    code: error instanceof AppError ? error.code : 'INTERNAL',
                    message: error instanceof Error ? error.message : String(error),
                  }),
              );
            return;
          case 'result':
            // The last event says the job is over, whatever step the job itself reported last.
            emit('done', 1, 1, true);
            return finish(null, message.value);
          case 'error':
            return finish(fromWorker(message));
        }
      });
      worker.on('error', (error) =>
        finish(new AppError('INTERNAL', `${LABELS[kind]} failed: ${error.message}`)),
      );
      worker.on('exit', (code) =>
        finish(
          new AppError('INTERNAL', `${LABELS[kind]} stopped before it finished (exit ${code}).`),
        ),
      );
    });
  }

  /**
   * Stops a job and answers once it has ended. A job that only reads is stopped at once; a
   * writing job is asked to stop and rolls its transaction back at its next step, so it either
   * ends cancelled with nothing written or, if it was already committing, finishes.
   */
  async function cancel(jobId: string): Promise<{ jobId: string; cancelled: boolean }> {
    const job = running.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', `No job ${jobId} is running; it may have finished.`);
    Atomics.store(job.flag, 0, 1);
    if (READ_ONLY_JOBS.has(job.kind)) job.stop();
    return { jobId, cancelled: await job.ended };
  }

  const writers = () => [...running.values()].filter((job) => !READ_ONLY_JOBS.has(job.kind));

  /**
   * Settles once no job that writes is running (at once when none is). A write on the core
   * thread while a job holds its transaction would wait on it synchronously (busy_timeout),
   * holding every API call behind it; the core's own background writes (the hub sync) await
   * this instead. Checked again after each wait: another import may have started meanwhile.
   */
  async function writersDone(): Promise<void> {
    for (let now = writers(); now.length > 0; now = writers())
      await Promise.all(now.map((job) => job.ended));
  }

  /** Stops every job as the database closes; a writing job's open transaction is never committed. */
  function close(): void {
    for (const job of running.values()) {
      Atomics.store(job.flag, 0, 1);
      job.stop();
    }
  }

  return { run, cancel, close, writing: () => writers().length > 0, writersDone };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
