import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron binary cannot run here, so these tests replace the 'electron' module with
// recording fakes and check what the shell asks of it.
const recorded = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  schemes: [] as unknown[],
  opened: [] as string[],
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
    handle: vi.fn(),
  },
  shell: { openExternal: (url: string) => recorded.opened.push(url) },
  BrowserWindow: vi.fn(),
}));

import { mainWindowOptions } from './windows';
import { APP_ORIGIN, registerAppScheme, resolveAppUrl } from './protocol';
import { bindIpc } from './ipc';
import {
  denyAllPermissions,
  hardenWebContents,
  isAllowedExternalUrl,
  isTrustedOrigin,
} from './security';
import { API_CHANNEL } from '../../shared/api/channels';
import type { Workbench } from '../core/workbench';

beforeEach(() => {
  recorded.handlers.clear();
  recorded.opened.length = 0;
});

describe('Electron shell (electron module mocked)', () => {
  it('creates the main window with isolation and sandbox on and Node off', () => {
    const web = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!;
    expect(web).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(recorded.schemes).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
  });

  it('maps app:// URLs into the renderer folder and nowhere else', () => {
    expect(resolveAppUrl('app://bundle/index.html', '/app/out/renderer')).toBe(
      '/app/out/renderer/index.html',
    );
    expect(resolveAppUrl('app://bundle/', '/app/out/renderer')).toBe(
      '/app/out/renderer/index.html',
    );
    expect(resolveAppUrl('app://bundle/assets/a.js', '/app/out/renderer')).toBe(
      '/app/out/renderer/assets/a.js',
    );
    expect(resolveAppUrl('app://bundle/..%2f..%2fetc/passwd', '/app/out/renderer')).toBeNull();
    expect(resolveAppUrl('app://other/index.html', '/app/out/renderer')).toBeNull();
  });

  it('trusts only our own origin and opens only https/mailto links outside', () => {
    expect(isTrustedOrigin(`${APP_ORIGIN}/index.html#/article/7`)).toBe(true);
    expect(isTrustedOrigin('app://bundle.evil/index.html')).toBe(false);
    expect(isTrustedOrigin('https://example.com')).toBe(false);
    expect(isTrustedOrigin(undefined)).toBe(false);
    expect(isAllowedExternalUrl('https://www.unodc.org')).toBe(true);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });

  it('blocks navigation away, new windows and webviews', () => {
    const listeners = new Map<
      string,
      (event: { preventDefault: () => void }, url?: string) => void
    >();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (name: string, fn: (event: { preventDefault: () => void }, url?: string) => void) =>
        listeners.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    hardenWebContents(contents as never);
    const prevented = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://attacker.example')).toBe(true);
    expect(prevented('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(prevented('will-attach-webview', 'about:blank')).toBe(true);
    expect(openHandler!({ url: 'https://www.unodc.org' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(recorded.opened).toEqual(['https://www.unodc.org']);
  });

  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (fn: typeof requestHandler) => (requestHandler = fn),
      setPermissionCheckHandler: (fn: typeof checkHandler) => (checkHandler = fn),
    } as never);
    const answer = vi.fn();
    requestHandler!(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(checkHandler!()).toBe(false);
  });

  it('answers IPC only from the top frame of our own origin', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, data: 'answer' }));
    bindIpc(
      {
        handle: (channel: string, fn: (...args: unknown[]) => unknown) =>
          recorded.handlers.set(channel, fn),
      } as never,
      { dispatch } as unknown as Workbench,
    );
    const handler = recorded.handlers.get(API_CHANNEL)!;
    const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
    expect(await handler(from(`${APP_ORIGIN}/index.html`), 'library.stats', {})).toEqual({
      ok: true,
      data: 'answer',
    });
    expect(await handler(from('https://attacker.example/'), 'library.stats', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await handler(from(`${APP_ORIGIN}/frame.html`, {}), 'library.stats', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await handler({ senderFrame: null }, 'library.stats', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});
