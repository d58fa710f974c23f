// The calling thread's side of the core host: the same surface as a Workbench (dispatch,
// subscribe, status, close), forwarded to the core thread (core-thread.ts) over its MessagePort.
// Only types are imported from the core, so the serving thread never loads zod or the
// exporters, and SQLite only for the integrity check at start (integrity-ahead.ts); nothing
// the core does can block or crash it.
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DATABASE_FILE_NAME } from '../db/file-name';
import { tsxWorkerCode } from '../tsx-worker';
import { checkIntegrityAhead } from './integrity-ahead';
import type { Envelope } from '../../../shared/api/envelope';
import type { PushEvent } from '../../../shared/api/events';
import type { SystemStatus } from '../../../shared/domain/system';
import type { Workbench } from '../workbench';
import type { ClosablePrinter, WorkbenchOptions } from '../workbench-options';
import type { CoreThreadData, FromCore, ToCore } from './protocol';

export interface CoreClientOptions extends Omit<
  WorkbenchOptions,
  'printer' | 'liveListen' | 'onQuit'
> {
  /** Prints PDFs on this thread (Electron's printer); without it the core thread uses Chromium. */
  printer?: ClosablePrinter;
  /** Called when the user chooses to quit (from the recovery screen, for instance). */
  onQuit?: () => void;
  /** The built renderer (out/renderer): lets live rooms serve their participant page. */
  liveRendererDir?: string;
  /**
   * The core thread's module. Built shells pass out/main/core-thread.js; from source (tsx,
   * Vitest) the default is core-thread.ts beside this file. A .ts entry is loaded through tsx.
   */
  entry?: URL;
}

export interface CoreClient extends Omit<Workbench, 'close'> {
  /** Settles once the core has opened the database (or found it needs recovery). */
  ready: Promise<void>;
  /** Closes the database on the core thread, then ends the thread. */
  close(): Promise<void>;
}

function sourceWorker(entry: URL, data: CoreThreadData): Worker {
  return new Worker(tsxWorkerCode(entry), { eval: true, workerData: data });
}

const stopped = (message: string): Envelope<unknown> => ({
  ok: false,
  error: { code: 'INTERNAL', message },
});

/**
 * Starts the core thread and returns its client at once: calls made before the database is open
 * wait for it. `ready` rejects when the core cannot start at all (as createWorkbench would).
 */
export function startCore(options: CoreClientOptions): CoreClient {
  const { printer, onQuit, entry, liveRendererDir, ...plain } = options;
  const data: CoreThreadData = {
    ...plain,
    remotePrinter: printer !== undefined,
    liveRendererDir,
    integrityAhead: true,
  };
  // Resolved by name at run time, so that no bundler rewrites it.
  const sourceName = 'core-thread.ts';
  const file = entry ?? new URL(sourceName, import.meta.url);
  const worker = file.pathname.endsWith('.ts')
    ? sourceWorker(file, data)
    : new Worker(file, { workerData: data });

  const listeners = new Set<(event: PushEvent) => void>();
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  let nextId = 0;
  let status: SystemStatus = { state: 'ready' };
  let databaseFile = '';
  /** Set once the core thread is gone: every later call is answered with it. */
  let failure: string | null = null;
  let closing: Promise<void> | null = null;
  let exited = false;
  const send = (message: ToCore, transfer?: ArrayBuffer[]) => worker.postMessage(message, transfer);
  // integrity_check runs on this thread while the core thread starts (integrity-ahead.ts): first,
  // before the caller's own loading goes on, since the core waits for the verdict before it
  // reads or writes the database; its boot takes longer than the check.
  setImmediate(() => {
    const file = join(resolve(plain.dataDir), DATABASE_FILE_NAME);
    send({ type: 'integrity', sound: checkIntegrityAhead(file, plain.nativeBinding) });
  });

  let markReady: () => void = () => undefined;
  let markFailed: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolveReady, rejectReady) => {
    markReady = resolveReady;
    markFailed = rejectReady;
  });
  // A client whose start failed is still used to answer calls; the rejection is the caller's.
  ready.catch(() => undefined);

  function stop(message: string): void {
    if (failure !== null) return;
    failure = message;
    markFailed(new Error(message));
    for (const answer of pending.values()) answer(stopped(message));
    pending.clear();
  }

  async function print(id: number, htmlFile: string): Promise<void> {
    try {
      const pdf = await printer!.print(htmlFile, (stage) =>
        send({ type: 'print-stage', id, stage }),
      );
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
      send({ type: 'printed', id, pdf: bytes }, [bytes.buffer]);
    } catch (error) {
      send({ type: 'print-failed', id, message: (error as Error).message });
    }
  }

  worker.on('message', (message: FromCore) => {
    switch (message.type) {
      case 'ready':
        status = message.status;
        databaseFile = message.databaseFile;
        markReady();
        return;
      case 'status':
        status = message.status;
        return;
      case 'failed':
        stop(`The core could not start: ${message.message}`);
        void worker.terminate();
        return;
      case 'reply':
        status = message.status;
        pending.get(message.id)?.(message.envelope);
        pending.delete(message.id);
        return;
      case 'event':
        listeners.forEach((listener) => listener(message.event));
        return;
      case 'print':
        void print(message.id, message.htmlFile);
        return;
      case 'print-warm':
        printer?.warm?.();
        return;
      case 'quit':
        onQuit?.();
        return;
      case 'closed':
        return;
    }
  });
  worker.on('error', (error) => {
    console.error('[core] the core thread stopped', error);
    stop(
      `The core stopped unexpectedly (${error.message}). Nothing acknowledged was lost; quit and start Convention Workbench again.`,
    );
  });
  worker.on('exit', (code) => {
    exited = true;
    stop(
      closing
        ? 'Convention Workbench is closing.'
        : `The core stopped unexpectedly (exit code ${code}). Quit and start Convention Workbench again.`,
    );
  });

  /** Sends a call to the core thread; its reply (or the core's stopping) answers it. */
  function ask(call: (id: number) => ToCore): Promise<Envelope<unknown>> {
    const id = nextId++;
    return new Promise((answer) => {
      pending.set(id, answer);
      send(call(id));
    });
  }

  function currentStatus(): SystemStatus {
    if (failure === null) return status;
    return {
      state: 'recovery',
      reason: 'core-stopped',
      message: failure,
      databaseFile,
      backups: [],
    };
  }

  return {
    ready,
    dispatch(method, input) {
      if (failure !== null) {
        // The recovery screen still shows (with the reason) and Quit still works.
        if (method === 'system.status') return Promise.resolve({ ok: true, data: currentStatus() });
        if (method === 'system.quit' && onQuit) {
          onQuit();
          return Promise.resolve({ ok: true, data: { quitting: true } });
        }
        return Promise.resolve(stopped(failure));
      }
      return ask((id) => ({ type: 'call', id, method, input }));
    },
    dispatchFile(method, file) {
      if (failure !== null) return Promise.resolve(stopped(failure));
      return ask((id) => ({ type: 'call-file', id, method, file }));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: currentStatus,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        if (exited) return resolveClose();
        worker.once('exit', () => resolveClose());
        if (failure !== null) return void worker.terminate();
        // The core closes the database, says so and ends its thread; then it is gone for sure.
        worker.on('message', (message: FromCore) => {
          if (message.type === 'closed') void worker.terminate();
        });
        send({ type: 'close' });
        void printer?.close?.();
      });
      return closing;
    },
  };
}
