import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiBridge } from '../shared/api/bridge';
import type { PushEvent } from '../shared/api/events';
import { isMethodName } from '../shared/api/methods';
import { API_CHANNEL, EVENT_CHANNEL } from '../shared/api/channels';

// The renderer gets exactly one object, with two functions. It cannot reach ipcRenderer,
// and it can only name methods of the contract.
const api: ApiBridge = {
  call(method, input) {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `There is no API method "${String(method)}".` },
      });
    }
    return ipcRenderer.invoke(API_CHANNEL, method, input);
  },
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, pushed: PushEvent) => listener(pushed);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('api', api);
