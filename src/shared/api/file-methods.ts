import type { MethodName } from './methods';

/**
 * The methods whose input carries a file's bytes (a `contentBase64` field, see
 * contracts/common.ts), so the browser-mode server lets their bodies grow to a file's size.
 * Written out rather than worked out from the contract: the serving thread would otherwise load
 * zod and every schema before it could listen. request-body.test.ts derives the same list from
 * the contract and fails when the two differ.
 */
export const FILE_CONTENT_METHODS: readonly MethodName[] = [
  'packs.import',
  'packs.importQuestions',
  'sessions.previewRegister',
  'sessions.importRegister',
  'assessments.previewImport',
  'assessments.applyImport',
];
