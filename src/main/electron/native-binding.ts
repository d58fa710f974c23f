import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI lives apart from node_modules (which keeps the
 * Node build that tests and browser mode use): in the app's resources when packaged, in
 * .electron-native/ after `npm run electron:native` in a checkout.
 */
export function electronNativeBinding(
  appPath: string,
  resourcesPath: string,
  packaged: boolean,
): string | undefined {
  const file = packaged
    ? join(resourcesPath, 'native', 'better_sqlite3.node')
    : join(
        appPath,
        '.electron-native',
        'node_modules',
        'better-sqlite3',
        'build',
        'Release',
        'better_sqlite3.node',
      );
  return existsSync(file) ? file : undefined;
}
