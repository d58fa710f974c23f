// Run as a separate process (node --import tsx): opens a workbench over a data folder, tries
// one write, and prints what happened as one JSON line. Storage tests start it as another user,
// since file permissions do not stop root.
import { createWorkbench } from '../../workbench';

const [dataDir, resourcesDir] = process.argv.slice(2);
const workbench = await createWorkbench({
  dataDir: dataDir!,
  resourcesDir: resourcesDir!,
  shell: 'browser',
  appVersion: 'test',
});
const write = await workbench.dispatch('settings.update', { organisation: 'Written' });
console.log(JSON.stringify({ status: workbench.status(), write }));
workbench.close();
