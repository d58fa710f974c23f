import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { API_CHANNEL, EVENT_CHANNEL } from '../../shared/api/channels';
import type { Envelope } from '../../shared/api/envelope';
import type { Workbench } from '../core/workbench';
import { isTrustedOrigin } from './security';

/**
 * One invoke channel for the whole contract. The sender frame must be the top frame of our
 * own bundle; anything else (an iframe, a page that got navigated somewhere) is refused.
 */
export function bindIpc(ipcMain: IpcMain, workbench: Workbench): void {
  ipcMain.handle(
    API_CHANNEL,
    async (
      event: IpcMainInvokeEvent,
      method: unknown,
      input: unknown,
    ): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedOrigin(frame.url)) {
        return {
          ok: false,
          error: {
            code: 'UNAUTHORIZED',
            message: 'This window may not call the Convention Workbench API.',
          },
        };
      }
      return workbench.dispatch(typeof method === 'string' ? method : '', input);
    },
  );
}

/** Forwards push events (progress of long work) to a window while it lives. */
export function forwardEvents(workbench: Workbench, contents: WebContents): () => void {
  const unsubscribe = workbench.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}
