import type { ServerMessage } from '@shared/live/protocol';

export interface Connection {
  send(message: Record<string, unknown>): void;
  close(): void;
}

interface Handlers {
  onMessage(message: ServerMessage): void;
  /** false while the connection is lost (the page says so and keeps trying). */
  onStatus(online: boolean): void;
  /** The token is no longer valid (room closed or participant removed): join again. */
  onRejected(): void;
}

/**
 * A WebSocket to the room, with a plain-HTTP fallback: a browser that cannot keep a socket
 * open polls /p/state and sends with POST /p/send. Unacknowledged messages are sent again after
 * a reconnect; the server counts an answer once, so a repeat is harmless.
 */
export function connect(token: string, handlers: Handlers): Connection {
  let socket: WebSocket | null = null;
  let closed = false;
  let failures = 0;
  let polling: ReturnType<typeof setInterval> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const pending = new Map<string, Record<string, unknown>>();
  const auth = { authorization: `Bearer ${token}` };

  const deliver = (message: ServerMessage) => {
    if (message.type === 'ack') pending.delete(message.msgId);
    handlers.onMessage(message);
  };

  async function poll(): Promise<void> {
    try {
      const res = await fetch('/p/state', { headers: auth });
      if (res.status === 401) return reject();
      const answer = (await res.json()) as { ok: boolean; data: ServerMessage };
      if (answer.ok) deliver(answer.data);
      for (const message of pending.values()) void post(message);
    } catch {
      handlers.onStatus(false);
    }
  }

  async function post(message: Record<string, unknown>): Promise<void> {
    try {
      const res = await fetch('/p/send', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(message),
      });
      if (res.status === 401) return reject();
      const answer = (await res.json()) as { ok: boolean; data?: ServerMessage };
      if (answer.ok && answer.data) deliver(answer.data);
      void poll();
    } catch {
      handlers.onStatus(false);
    }
  }

  function reject(): void {
    stop();
    handlers.onRejected();
  }

  function startPolling(): void {
    if (polling) return;
    void poll();
    polling = setInterval(() => void poll(), 2000);
  }

  function open(): void {
    if (closed) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/p/socket`;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      startPolling();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      failures = 0;
      ws.send(JSON.stringify({ type: 'auth', token }));
      for (const message of pending.values()) ws.send(JSON.stringify(message));
      if (polling) clearInterval(polling);
      polling = null;
      handlers.onStatus(true);
    };
    ws.onmessage = (event) => {
      try {
        deliver(JSON.parse(String(event.data)) as ServerMessage);
      } catch {
        // A frame that is not JSON is ignored; the next state push corrects the screen.
      }
    };
    ws.onclose = (event) => {
      socket = null;
      if (closed) return;
      if (event.code === 4401) return reject();
      if (event.code === 4000) return;
      failures++;
      handlers.onStatus(false);
      // After three failures in a row, keep the page working over plain HTTP meanwhile.
      if (failures >= 3) startPolling();
      retry = setTimeout(open, Math.min(10_000, 1000 * 2 ** Math.min(failures, 4)));
    };
  }

  function stop(): void {
    closed = true;
    if (polling) clearInterval(polling);
    if (retry) clearTimeout(retry);
    socket?.close();
  }

  // A phone waking up: reconnect at once rather than after the back-off.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !closed && !socket) {
      if (retry) clearTimeout(retry);
      open();
    }
  });

  open();
  return {
    send(message) {
      pending.set(String(message.msgId), message);
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
      else void post(message);
    },
    close: stop,
  };
}
