import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiBridge } from '../shared/api/bridge';
import type { PushEvent } from '../shared/api/events';
import { API_CHANNEL, EVENT_CHANNEL } from '../shared/api/channels';

// The renderer gets exactly one object, with two functions, and cannot reach ipcRenderer.
// Method names are not checked here: the one channel ends in dispatch, which refuses a name
// outside the contract (UNKNOWN_METHOD), so a second list here would only drift.
const api: ApiBridge = {
  call(method, input) {
    return ipcRenderer.invoke(API_CHANNEL, String(method).slice(0, 120), input);
  },
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, pushed: PushEvent) => listener(pushed);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('api', api);
