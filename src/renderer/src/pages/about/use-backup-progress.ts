import { useEffect } from 'react';
import { bridge } from '../../api/client';
import { watchEvents } from '../../api/events';
import { useSystemStore } from '../../stores/system/store';

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
