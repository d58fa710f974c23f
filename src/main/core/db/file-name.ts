/**
 * The database's file name inside the data folder. A module of its own so that the serving
 * thread can name the file (host/integrity-ahead.ts) without loading SQLite or the workbench.
 */
export const DATABASE_FILE_NAME = 'workbench.sqlite';
