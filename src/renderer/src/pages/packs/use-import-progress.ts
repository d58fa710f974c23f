import { useEffect } from 'react';
import { bridge } from '../../api/client';
import { watchEvents } from '../../api/events';
import { usePacksStore } from '../../stores/packs/store';

/** Listens for pack-import progress while the page is open (see use-backup-progress). */
export function useImportProgress(): void {
  useEffect(
    () =>
      watchEvents(bridge, (event) => {
        if (event.name === 'job.progress') usePacksStore.getState().receiveProgress(event.payload);
      }),
    [],
  );
}
