import library from './0010-library';
import assessments from './0020-assessments';
import sessions from './0030-sessions';
import packStatus from './0050-pack-status';
import packPublishers from './0060-pack-publishers';
import live from './0070-live';
import optionOrder from './0080-option-order';
import trash from './0090-trash';
import changeIdentity from './0110-change-identity';
import translations from './0120-translations';

export interface Migration {
  /** Numbered in tens so a fix can slot in between; stored in PRAGMA user_version. */
  version: number;
  name: string;
  sql: string;
}

/** Applied in this order; never renumber or edit one that has shipped, add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  library,
  assessments,
  sessions,
  packStatus,
  packPublishers,
  live,
  optionOrder,
  trash,
  changeIdentity,
  translations,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
