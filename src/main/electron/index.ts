import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { createWorkbench, type Workbench } from '../core/workbench';
import { liveListener } from '../server/live-server';
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

let workbench: Workbench | null = null;

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(join(appRoot, 'out', 'renderer'));
  workbench = await createWorkbench({
    dataDir: app.getPath('userData'),
    resourcesDir,
    shell: 'desktop',
    appVersion: app.getVersion(),
    nativeBinding: electronNativeBinding(appRoot, process.resourcesPath, app.isPackaged),
    printer: createElectronPrinter(),
    onQuit: () => app.quit(),
    // Live rooms listen on the network the facilitator chooses, never the app's own IPC.
    liveListen: liveListener(join(appRoot, 'out', 'renderer')),
    // A packaged app trusts its handlers; a development run checks every answer.
    checkOutput: !app.isPackaged,
  });
  bindIpc(ipcMain, workbench);
  Menu.setApplicationMenu(applicationMenu(!app.isPackaged));
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
  app.on('will-quit', () => workbench?.close());
}
