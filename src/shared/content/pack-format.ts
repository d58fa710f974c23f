/**
 * The single-file form of a pack, for import and export between machines. On its own (no zod),
 * so that the pack signature check, which the core loads while it opens, does not pull in the
 * pack schema.
 */
export const PACK_FILE_FORMAT = 'convention-workbench-pack';
