// The method names alone, without their schemas, so the preload can build its allowlist
// without bundling the validator. contract.ts must give every one of them a schema.
export const METHOD_NAMES = [
  'library.listChapters',
  'library.listArticles',
  'library.getArticle',
  'library.search',
  'library.stats',
  'packs.list',
  'packs.import',
  'packs.export',
  'packs.download',
  'packs.importQuestions',
  'packs.questionTemplate',
  'questions.list',
  'quizzes.list',
  'assessments.create',
  'assessments.list',
  'assessments.get',
  'assessments.updateItem',
  'assessments.bulkUpdate',
  'assessments.history',
  'assessments.undo',
  'assessments.searchNotes',
  'assessments.clone',
  'assessments.compare',
  'assessments.heatmap',
  'assessments.exportFile',
  'assessments.downloadFile',
  'assessments.previewImport',
  'assessments.applyImport',
  'reports.exportAssessment',
  'reports.renderAssessment',
  'settings.get',
  'settings.update',
  'system.status',
  'system.info',
  'system.backup',
  'system.restoreBackup',
  'system.quit',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** Methods that still answer when the database needs recovery. */
export const RECOVERY_METHODS: readonly MethodName[] = [
  'system.status',
  'system.info',
  'system.restoreBackup',
  'system.quit',
];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}
