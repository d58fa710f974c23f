import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/envelope';
import { lowerThisThread } from '../os/background-priority';
import type { PdfPrinter, PrintStage } from '../reports/page-templates';
import { JOB_KINDS, type JobContext } from './job-kinds';
import type { FromWorker, JobStart, ToWorker } from './job-protocol';

// The entry of a job's worker thread (see job-runner.ts): opens its own connection to the
// database, runs one job, posts its progress, print requests and result, and ends.

const port = parentPort!;
const start = workerData as JobStart;
const cancelled = new Int32Array(start.cancel);
const post = (message: FromWorker) => port.postMessage(message);

/** The core's connection made the file WAL; this one shares it, waiting its turn to write. */
function openJobConnection(): Database.Database {
  const db = new Database(start.databaseFile, {
    fileMustExist: true,
    ...(start.nativeBinding ? { nativeBinding: start.nativeBinding } : {}),
  });
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Prints through the core's printer: the HTML file is written here, the browser is the core's. */
function portPrinter(): PdfPrinter {
  let next = 0;
  const pending = new Map<
    number,
    {
      onStage: (stage: PrintStage) => void;
      resolve: (pdf: Buffer) => void;
      reject: (e: Error) => void;
    }
  >();
  port.on('message', (message: ToWorker) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'print-stage') return waiting.onStage(message.stage);
    pending.delete(message.id);
    if (message.type === 'printed')
      waiting.resolve(Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.length));
    else waiting.reject(new AppError(message.code, message.message));
  });
  return {
    warm: () => post({ type: 'warm' }),
    print(htmlFile, onStage = () => undefined) {
      const id = next++;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { onStage, resolve, reject });
        post({ type: 'print', id, htmlFile });
      });
    },
  };
}

async function run(): Promise<void> {
  // A job may keep a core busy for seconds: the thread serving the UI goes first.
  lowerThisThread();
  const db = openJobConnection();
  try {
    const ctx: JobContext = {
      db,
      dataDir: start.dataDir,
      trusted: start.trusted,
      printer: portPrinter(),
      // Checked at every step: a throw here inside a transaction rolls it back.
      progress(step, current, total, done = current === total) {
        if (Atomics.load(cancelled, 0) === 1)
          throw new AppError('CANCELLED', 'The job was cancelled; nothing was changed.');
        post({ type: 'progress', step, current, total, done });
      },
    };
    const job = JOB_KINDS[start.kind] as (ctx: JobContext, input: unknown) => unknown;
    const value = await job(ctx, start.input);
    post({ type: 'result', value });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    post({
      type: 'error',
      code: error instanceof AppError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
      sqliteCode: !(error instanceof AppError) && typeof code === 'string' ? code : null,
    });
  } finally {
    db.close();
    // Nothing left to listen for: the thread ends once the messages above are sent.
    port.removeAllListeners('message');
  }
}

void run();
