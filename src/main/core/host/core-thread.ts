// The core thread: a worker_threads entry that opens the workbench and answers the calling
// thread's messages (protocol.ts), so SQLite, the exporters and pack imports never block the
// thread that serves the UI. Started by core-client.ts; built to out/main/core-thread.js.
import { join, resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { LiveListen } from '../live/rooms';
import { createChromiumPrinter } from '../reports/chromium-printer';
import type { PdfPrinter, PrintStage } from '../reports/page-templates';
import { createWorkbench, DATABASE_FILE_NAME, type Workbench } from '../workbench';
import type { SystemStatus } from '../../../shared/domain/system';
import type { CoreThreadData, FromCore, ToCore } from './protocol';

if (!parentPort) throw new Error('core-thread runs only as a worker thread (see core-client.ts).');
const port = parentPort;
const data = workerData as CoreThreadData;
const send = (message: FromCore) => port.postMessage(message);

interface PendingPrint {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
  onStage: (stage: PrintStage) => void;
}
const prints = new Map<number, PendingPrint>();
let nextPrint = 0;

/** Electron's printer lives in the main process: each print is asked of the calling thread. */
const remotePrinter: PdfPrinter = {
  print(htmlFile, onStage = () => undefined) {
    const id = nextPrint++;
    send({ type: 'print', id, htmlFile });
    return new Promise((resolvePrint, reject) =>
      prints.set(id, { resolve: resolvePrint, reject, onStage }),
    );
  },
  warm: () => send({ type: 'print-warm' }),
};

// Browser mode prints here, with one Chromium for the session; it is shut (awaited) on close.
const chromium = data.remotePrinter ? null : createChromiumPrinter();
const printer: PdfPrinter = chromium
  ? { print: (file, onStage) => chromium.print(file, onStage), warm: () => chromium.warm() }
  : remotePrinter;

// The participant pages' server loads on the first room opened, not at start.
const liveRendererDir = data.liveRendererDir;
const liveListen: LiveListen | undefined =
  liveRendererDir === undefined
    ? undefined
    : async (gateway, host, listenPort) =>
        (await import('../../server/live-server')).liveListener(liveRendererDir)(
          gateway,
          host,
          listenPort,
        );

// The calling thread's integrity_check verdict (integrity-ahead.ts), for the first open.
let giveVerdict: (sound: boolean) => void = () => undefined;
const soundElsewhere = data.integrityAhead
  ? new Promise<boolean>((resolveVerdict) => (giveVerdict = resolveVerdict))
  : undefined;

const databaseFile = join(resolve(data.dataDir), DATABASE_FILE_NAME);
let announced = false;
/** Ready goes out as soon as the database is open; the stores, handlers and contract load after. */
const announce = (status: SystemStatus) => {
  if (announced) return send({ type: 'status', status });
  announced = true;
  send({ type: 'ready', status, databaseFile });
};

const opening: Promise<Workbench | null> = createWorkbench({
  dataDir: data.dataDir,
  resourcesDir: data.resourcesDir,
  shell: data.shell,
  appVersion: data.appVersion,
  nativeBinding: data.nativeBinding,
  checkOutput: data.checkOutput,
  ...(data.trustedPublishers ? { trustedPublishers: data.trustedPublishers } : {}),
  printer,
  onQuit: () => send({ type: 'quit' }),
  liveListen,
  onDatabaseOpen: () => announce({ state: 'ready' }),
  ...(soundElsewhere ? { soundElsewhere } : {}),
}).then(
  (workbench) => {
    workbench.subscribe((event) => send({ type: 'event', event }));
    // In recovery this is the first word; when open, it corrects the status should loading the
    // stores have found the storage refusing writes.
    announce(workbench.status());
    return workbench;
  },
  (error: unknown) => {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return null;
  },
);

async function close(): Promise<void> {
  (await opening)?.close();
  await chromium?.close();
  send({ type: 'closed' });
  port.close();
}

port.on('message', (message: ToCore) => {
  switch (message.type) {
    case 'call':
    case 'call-file':
      void opening.then(async (workbench) => {
        if (!workbench) return; // the client answers calls itself once the open failed
        const envelope =
          message.type === 'call'
            ? await workbench.dispatch(message.method, message.input)
            : await workbench.dispatchFile(message.method, message.file);
        send({ type: 'reply', id: message.id, envelope, status: workbench.status() });
      });
      return;
    case 'print-stage':
      prints.get(message.id)?.onStage(message.stage);
      return;
    case 'printed': {
      const pending = prints.get(message.id);
      prints.delete(message.id);
      pending?.resolve(Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.length));
      return;
    }
    case 'print-failed': {
      const pending = prints.get(message.id);
      prints.delete(message.id);
      pending?.reject(new Error(message.message));
      return;
    }
    case 'integrity':
      giveVerdict(message.sound);
      return;
    case 'close':
      void close();
      return;
  }
});
