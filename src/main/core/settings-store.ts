import type * as NodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import type { Settings } from '../../shared/domain/settings';
import type { Db } from './db/connection';

// node:crypto loads when a value is first made, not with the store: the store is part of the
// first screen's answers, and a fresh core thread spends ~5 ms loading it.
const crypto = () => createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto;

/** Small key/value settings; the machine id is made once, the first time it is asked for. */
export function createSettingsStore(db: Db) {
  const read = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const write = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const value = (key: string, fallback: () => string) => {
    const found = read.get(key);
    if (found !== undefined) return found;
    const made = fallback();
    write.run(key, made);
    return made;
  };
  const get = (): Settings => ({
    userName: read.get('userName') ?? '',
    organisation: read.get('organisation') ?? '',
    machineId: value('machineId', () => crypto().randomUUID()),
    machineName: hostname(),
    // A name set before this question existed counts as answered.
    welcomed: read.get('welcomed') === 'yes' || Boolean(read.get('userName')),
    interfaceLanguage: read.get('interfaceLanguage') ?? '',
  });
  return {
    get,
    update(changes: {
      userName?: string | undefined;
      organisation?: string | undefined;
      welcomed?: true | undefined;
      interfaceLanguage?: string | undefined;
    }): Settings {
      db.transaction(() => {
        if (changes.userName !== undefined) write.run('userName', changes.userName);
        if (changes.organisation !== undefined) write.run('organisation', changes.organisation);
        if (changes.welcomed) write.run('welcomed', 'yes');
        if (changes.interfaceLanguage !== undefined)
          write.run('interfaceLanguage', changes.interfaceLanguage);
      })();
      return get();
    },
    /** The content language chosen in the library; '' follows the interface language. */
    contentLanguage: (): string => read.get('contentLanguage') ?? '',
    setContentLanguage: (language: string): void => void write.run('contentLanguage', language),
    /** The secret certificate codes are made with; made once, never leaves this database. */
    certificateSecret: (): string =>
      value('certificateSecret', () => crypto().randomBytes(32).toString('hex')),
    /** The name written into history: the user's name, or the machine's when none is set. */
    actor: (): string => read.get('userName') || `someone on ${hostname()}`,
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
