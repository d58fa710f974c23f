import type { ApiBridge } from '@shared/api/bridge';
import type { Envelope } from '@shared/api/envelope';
import type { PushEvent } from '@shared/api/events';

const TOKEN_KEY = 'cw.token';

/**
 * Browser mode: the token arrives once in the URL (?token=…), is kept for this tab only,
 * and is removed from the address bar so it is not left in history or screenshots.
 */
export function takeToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpBridge(token: string | null): ApiBridge {
  const listeners = new Set<(event: PushEvent) => void>();
  let socket: WebSocket | null = null;

  const connect = () => {
    if (socket || !token) return;
    const ws = new WebSocket(`ws://${location.host}/events`);
    socket = ws;
    ws.addEventListener('open', () => ws.send(token));
    ws.addEventListener('message', (message) => {
      const event = JSON.parse(String(message.data)) as PushEvent;
      listeners.forEach((listener) => listener(event));
    });
    ws.addEventListener('close', () => {
      socket = null;
      if (listeners.size > 0) setTimeout(connect, 2000);
    });
  };

  return {
    async call(method, input) {
      try {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Envelope<never>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'The Convention Workbench server is not answering. Is it still running?',
          },
        };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      connect();
      return () => listeners.delete(listener);
    },
  };
}
