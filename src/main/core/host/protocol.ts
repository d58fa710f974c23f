import type { Envelope } from '../../../shared/api/envelope';
import type { PushEvent } from '../../../shared/api/events';
import type { SystemStatus } from '../../../shared/domain/system';
import type { Publisher } from '../content/publishers';
import type { PrintStage } from '../reports/page-templates';

/**
 * What the core thread is started with (worker_threads workerData): plain data only, since it is
 * copied to the other thread. Callbacks of WorkbenchOptions (printer, onQuit) stay on the calling
 * thread and are reached through messages.
 */
export interface CoreThreadData {
  dataDir: string;
  resourcesDir: string;
  shell: 'desktop' | 'browser';
  appVersion: string;
  nativeBinding?: string | undefined;
  checkOutput?: boolean | undefined;
  trustedPublishers?: readonly Publisher[] | undefined;
  /** The calling thread prints PDFs (Electron's printer); otherwise the core starts Chromium. */
  remotePrinter: boolean;
  /** The built renderer, for live rooms' participant pages; without it no room can open. */
  liveRendererDir?: string | undefined;
  /**
   * The calling thread runs integrity_check (integrity-ahead.ts) and sends its verdict
   * (`integrity`): the core's first open waits for it instead of checking the file itself.
   */
  integrityAhead?: boolean | undefined;
}

/** Calling thread → core thread. */
export type ToCore =
  | { type: 'call'; id: number; method: string; input: unknown }
  /** A call whose JSON input is in a file (Workbench.dispatchFile): read on the core thread. */
  | { type: 'call-file'; id: number; method: string; file: string }
  | { type: 'printed'; id: number; pdf: Uint8Array }
  | { type: 'print-failed'; id: number; message: string }
  | { type: 'print-stage'; id: number; stage: PrintStage }
  /** integrity_check's verdict on the database file (sound only when it said ok). */
  | { type: 'integrity'; sound: boolean }
  | { type: 'close' };

/** Core thread → calling thread. Every answer carries the status as it stands after the call. */
export type FromCore =
  /** The database is open (or found in need of recovery); calls are answered from now on. */
  | { type: 'ready'; status: SystemStatus; databaseFile: string }
  /** The status once the rest of the core has loaded after ready (see core-thread.ts). */
  | { type: 'status'; status: SystemStatus }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; envelope: Envelope<unknown>; status: SystemStatus }
  | { type: 'event'; event: PushEvent }
  | { type: 'print'; id: number; htmlFile: string }
  | { type: 'print-warm' }
  | { type: 'quit' }
  | { type: 'closed' };
