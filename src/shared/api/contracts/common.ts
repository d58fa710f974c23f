import { z } from 'zod';
import type { ErrorCode } from '../envelope';

/** One method of the contract. `errors` lists what its handler refuses with, beside the door's codes. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  errors?: readonly ErrorCode[];
}

/** A domain's share of the contract: its methods, each named `<domain>.<verb>`. */
export type ContractPart = Record<string, MethodSpec>;

export const noInput = z.object({}).strict();
export const id = z.string().min(1).max(80);
export const outputPath = z.string().min(1).max(4096);

/** A file given by absolute path (API, desktop dialog) or sent as bytes by the UI's file picker. */
export const fileSource = z.union([
  z.object({ path: z.string().min(1).max(4096) }).strict(),
  z
    .object({ fileName: z.string().min(1).max(260), contentBase64: z.string().max(90_000_000) })
    .strict(),
]);
export const fileContent = z.object({ fileName: z.string(), contentBase64: z.string() });
export const reportLanguage = z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh', 'vi']);
