import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { startCore, type CoreClient } from '../core/host/core-client';
import { applicationMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { bindIpc, forwardEvents } from './ipc';
import { denyAllPermissions, hardenWebContents } from './security';
import { createMainWindow } from './windows';
import { createElectronPrinter } from './pdf-printer';

// Built to out/main/index.js; the app folder is two levels up.
const appRoot = fileURLToPath(new URL('../../', import.meta.url));
const resourcesDir = app.isPackaged
  ? join(process.resourcesPath, 'resources')
  : join(appRoot, 'resources');

// Tests point the app at a fresh data folder; everyone else gets the per-user folder.
if (process.env.CW_DATA_DIR) app.setPath('userData', process.env.CW_DATA_DIR);

registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

let core: CoreClient | null = null;

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(join(appRoot, 'out', 'renderer'));
  // The core runs on its own thread (out/main/core-thread.js), so the window never waits on
  // SQLite or an exporter; PDFs are still printed here, by Electron's Chromium.
  const workbench = startCore({
    dataDir: app.getPath('userData'),
    resourcesDir,
    shell: 'desktop',
    appVersion: app.getVersion(),
    nativeBinding: electronNativeBinding(appRoot, process.resourcesPath, app.isPackaged),
    printer: createElectronPrinter(),
    onQuit: () => app.quit(),
    // Live rooms listen on the network the facilitator chooses, never the app's own IPC.
    liveRendererDir: join(appRoot, 'out', 'renderer'),
    // A packaged app trusts its handlers; a development run checks every answer.
    checkOutput: !app.isPackaged,
    entry: pathToFileURL(join(appRoot, 'out', 'main', 'core-thread.js')),
  });
  core = workbench;
  await workbench.ready;
  bindIpc(ipcMain, workbench);
  const wb = workbench;
  // In recovery settings.get is refused: the menu then shows "System" checked.
  const saved = await wb.dispatch('settings.get', {});
  const current = saved.ok ? (saved.data as { interfaceLanguage: string }).interfaceLanguage : '';
  const choose = (language: string) =>
    void wb.dispatch('settings.update', { interfaceLanguage: language });
  Menu.setApplicationMenu(applicationMenu(!app.isPackaged, { current, choose }));
  const window = createMainWindow(join(appRoot, 'out', 'preload', 'index.cjs'));
  forwardEvents(workbench, window.webContents);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app
    .whenReady()
    .then(start)
    .catch((error: Error) => {
      dialog.showErrorBox('Convention Workbench could not start', error.message);
      app.quit();
    });
  app.on('window-all-closed', () => app.quit());
  // Quitting waits for the core thread to close the database.
  let closed = false;
  app.on('will-quit', (event) => {
    if (!core || closed) return;
    event.preventDefault();
    void core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}
