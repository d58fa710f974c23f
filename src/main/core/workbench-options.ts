import type { Publisher } from './content/publishers';
import type { LiveListen } from './live/rooms';
import type { PdfPrinter } from './reports/page-templates';
import type { FetchLike } from '../../shared/sync/hub-client';

/** A printer the workbench shuts when it closes, if it has anything to shut. */
export type ClosablePrinter = PdfPrinter & { close?: () => Promise<void> };

/** What a shell gives createWorkbench (workbench.ts): where the data is and what it provides. */
export interface WorkbenchOptions {
  dataDir: string;
  /** The folder holding packs/<id>/ as shipped with the app. */
  resourcesDir: string;
  shell: 'desktop' | 'browser';
  appVersion: string;
  nativeBinding?: string | undefined;
  /** Prints report HTML to PDF: Electron's on the desktop, else Chromium via playwright-core. */
  printer?: ClosablePrinter;
  /** Called when the user chooses to quit (from the recovery screen, for instance). */
  onQuit?: () => void;
  /** Check every answer against the contract; default: WORKBENCH_CHECK_OUTPUT=1 (see dispatch.ts). */
  checkOutput?: boolean;
  /**
   * Publishers whose signed packs install as verified; the first is the publisher of the bundled
   * pack, whose updates it alone may sign. Defaults to the keys the app ships.
   */
  trustedPublishers?: readonly Publisher[];
  /** Starts live rooms' listeners (docs/LIVE.md); without it the shell cannot open a room. */
  liveListen?: LiveListen;
  /** The HTTP used to reach the sync hub; tests pass one that can drop a connection. */
  syncFetch?: FetchLike;
  /** Called once the first open has the database migrated: the core thread says ready here. */
  onDatabaseOpen?: () => void;
  /** integrity_check's verdict from another thread (host/integrity-ahead.ts): first open only. */
  soundElsewhere?: Promise<boolean>;
}
