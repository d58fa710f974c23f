import { z } from 'zod';

export const trashKind = z.enum(['workshop', 'checklist', 'participant']);
export type TrashKind = z.infer<typeof trashKind>;

/** One deleted item waiting in the trash, restorable until purgeAfter. */
export const trashEntry = z.object({
  id: z.string(),
  kind: trashKind,
  /** The workshop, checklist or person id it had, and has again once restored. */
  refId: z.string(),
  title: z.string(),
  /** A workshop's dates and size, a checklist's country and date, a participant's workshop. */
  detail: z.string(),
  deletedAt: z.string(),
  deletedBy: z.string(),
  purgeAfter: z.string(),
});
export type TrashEntry = z.infer<typeof trashEntry>;
