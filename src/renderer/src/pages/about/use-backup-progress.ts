import { useEffect } from 'react';
import { bridge } from '@renderer/api/client';
import { useSystemStore } from '@renderer/stores/system/store';
import { watchEvents } from '@renderer/api/events';

/**
 * Listens for job progress while the page is open. Subscribing on arrival rather than on
 * click gives the event socket time to connect before the first backup starts.
 */
export function useBackupProgress(): void {
  useEffect(
    () =>
      watchEvents(bridge, (event) => {
        if (event.name === 'job.progress') useSystemStore.getState().receiveProgress(event.payload);
      }),
    [],
  );
}
