/** The key a checklist header conflict has in an import preview and its decisions (no zod here: the renderer reads it). */
export const HEADER_CONFLICT_KEY = 'checklist-header';
