import { useEffect } from 'react';
import { bridge } from '@renderer/api/client';
import { usePacksStore } from '@renderer/stores/packs/store';
import { watchEvents } from '@renderer/api/events';

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
