import { afterAll, beforeAll } from 'vitest';
import type { Workbench } from '../workbench';
import { openTestWorkbench, PROJECT_RESOURCES, tempDir } from './fixtures';

/**
 * One workbench over the bundled convention in a fresh data folder, shared by every test of the
 * calling file: opened before the first test, closed and its folder removed after the last.
 * Called at the top of a test file; the object it returns reaches that workbench once open.
 */
export function workbenchForFile(): Workbench {
  let opened: Workbench | null = null;
  let cleanup = () => {};
  beforeAll(async () => {
    const data = tempDir();
    cleanup = data.cleanup;
    opened = await openTestWorkbench(data.dir, PROJECT_RESOURCES);
  });
  afterAll(() => {
    opened?.close();
    cleanup();
  });
  const current = () => {
    if (!opened) throw new Error("The file's workbench opens in beforeAll: use it inside a test.");
    return opened;
  };
  return {
    dispatch: (method, input) => current().dispatch(method, input),
    dispatchFile: (method, file) => current().dispatchFile(method, file),
    subscribe: (listener) => current().subscribe(listener),
    status: () => current().status(),
    close: () => current().close(),
  };
}
