import { z } from 'zod';

export const settings = z.object({
  /** Who is editing on this machine: written into checklist history and exchange files. */
  userName: z.string(),
  organisation: z.string(),
  machineId: z.string(),
  machineName: z.string(),
  /** The first-run question (who are you?) was answered or skipped on this machine. */
  welcomed: z.boolean(),
});
export type Settings = z.infer<typeof settings>;

export const settingsUpdate = z
  .object({
    userName: z.string().trim().max(120).optional(),
    organisation: z.string().trim().max(200).optional(),
    /** Set once the first-run dialog has been answered or skipped; it is not asked again. */
    welcomed: z.literal(true).optional(),
  })
  .strict();
