import { AppError } from '../../../shared/api/envelope';
import { buildHeatmap, compareAssessments } from '../../../shared/assessments/views';
import { toFtsQuery } from '../../../shared/library/search-query';
import type { DomainHandlers } from '../api/dispatch';
import { loadInputFile } from '../files/input-file';
import { checkOutputPath, writeFileAtomic } from '../files/output-file';
import type { CoreContext } from '../services';
import { parseChecklistText } from './checklist-exchange';

/** The services these handlers use: made before each call (services.ts). */
export const assessmentsNeeds = [
  'assessments',
  'library',
  'settings',
  'exchange',
  'checklistFiles',
  'trash',
] as const;

export function assessmentsHandlers({
  ready,
}: CoreContext<(typeof assessmentsNeeds)[number]>): DomainHandlers<'assessments'> {
  return {
    'assessments.create': (input) => {
      const { assessments, settings } = ready();
      return { id: assessments.create(input, settings.actor()) };
    },
    'assessments.list': () => ready().assessments.list(),
    'assessments.get': ({ id }) => ready().assessments.get(id),
    'assessments.delete': ({ id }) => ({ trashId: ready().trash.deleteChecklist(id) }),
    'assessments.updateItem': ({ assessmentId, itemId, ...fields }) => {
      const { assessments, settings } = ready();
      assessments.update(assessmentId, [itemId], fields, settings.actor());
      return assessments.item(assessmentId, itemId);
    },
    'assessments.bulkUpdate': ({ assessmentId, itemIds, fields }) => {
      const { assessments, settings } = ready();
      return {
        changed: assessments.update(assessmentId, itemIds, fields, settings.actor()).changed,
      };
    },
    'assessments.history': ({ assessmentId, itemId }) =>
      ready().assessments.history(assessmentId, itemId),
    'assessments.undo': ({ assessmentId, batch }) => {
      const { assessments, settings } = ready();
      const undone = assessments.undo(assessmentId, settings.actor(), batch);
      return { undone: undone.changes.length, ...undone };
    },
    'assessments.redo': ({ assessmentId, batch }) => {
      const { assessments, settings } = ready();
      const redone = assessments.redo(assessmentId, settings.actor(), batch);
      return { redone: redone.changes.length, ...redone };
    },
    'assessments.searchNotes': ({ assessmentId, query }) => {
      const fts = toFtsQuery(query);
      return { itemIds: fts ? ready().assessments.searchNotes(assessmentId, fts) : [] };
    },
    'assessments.clone': ({ id, title, date }) => {
      const { assessments, settings } = ready();
      return { id: assessments.clone(id, title, date, settings.actor()) };
    },
    'assessments.compare': ({ baseId, otherId }) => {
      const { assessments } = ready();
      const base = assessments.get(baseId);
      const other = assessments.get(otherId);
      if (base.country !== other.country) {
        throw new AppError(
          'VALIDATION',
          `Compare two checklists of one country: ${base.countryName} and ${other.countryName} differ. Use the heat map to compare countries.`,
        );
      }
      return compareAssessments(base, other);
    },
    'assessments.heatmap': ({ ids }) => {
      const { assessments, library } = ready();
      return buildHeatmap(assessments.heatmapSources(ids), library.listChapters());
    },
    'assessments.exportFile': ({ id, path }) => {
      const file = checkOutputPath(path, ['.json']);
      const { exchange, settings, checklistFiles } = ready();
      exchange.prepareExport(id, settings.actor());
      return { path: file, bytes: writeFileAtomic(file, checklistFiles.json(id)) };
    },
    'assessments.downloadFile': ({ id }) => {
      const { exchange, settings, checklistFiles } = ready();
      exchange.prepareExport(id, settings.actor());
      return {
        fileName: checklistFiles.fileName(id),
        contentBase64: Buffer.from(checklistFiles.json(id)).toString('base64'),
      };
    },
    'assessments.previewImport': (source) => {
      const { name, bytes } = loadInputFile(source, 'checklist');
      return ready().exchange.preview(parseChecklistText(bytes.toString('utf8'), name));
    },
    'assessments.applyImport': ({ file, decisions }) => {
      const { exchange, settings } = ready();
      const { name, bytes } = loadInputFile(file, 'checklist');
      return exchange.apply(
        parseChecklistText(bytes.toString('utf8'), name),
        decisions,
        settings.actor(),
      );
    },
  };
}
