import { useTranslation } from 'react-i18next';
import type { RowProblem } from '@shared/domain/packs';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { FileButton } from '@renderer/components/FileButton';
import { DownloadIcon, UploadIcon } from '@renderer/components/icons';
import {
  selectDownloading,
  selectSheetError,
  selectSheetFileName,
  selectSheetPhase,
  selectSheetResult,
} from '@renderer/stores/packs/selectors';
import { usePacksStore } from '@renderer/stores/packs/store';
import { ItemWarnings } from './ItemWarnings';

function ProblemTable({
  problems,
  rows,
  fileName,
}: {
  problems: RowProblem[];
  rows: number;
  fileName: string;
}) {
  const { t } = useTranslation();
  const affected = new Set(problems.map((p) => p.row)).size;
  return (
    <div className="sheet-problems" data-testid="sheet-problems">
      <p className="sheet-problems__summary" role="alert">
        {t('packs.sheet.problemsSummary', {
          problems: t('packs.sheet.problemCount', { count: problems.length }),
          affected,
          rows: t('packs.sheet.rowCount', { count: Math.max(rows, affected) }),
        })}
      </p>
      <div className="table-scroll">
        <table className="table table--compact problem-table">
          <caption className="table__caption">
            {t('packs.sheet.problemsCaption', { file: fileName })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="table__number">
                {t('packs.sheet.columns.row')}
              </th>
              <th scope="col">{t('packs.sheet.columns.column')}</th>
              <th scope="col">{t('packs.sheet.columns.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={`${problem.row}-${problem.column}-${index}`}>
                <td className="table__number">{problem.row}</td>
                <td className="code">{problem.column}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function SheetResult() {
  const { t } = useTranslation();
  const result = usePacksStore(selectSheetResult);
  const fileName = usePacksStore(selectSheetFileName) ?? '';
  if (!result) return null;
  if (!result.ok)
    return <ProblemTable problems={result.problems} rows={result.rows} fileName={fileName} />;
  return (
    <div className="job-result" role="status" data-testid="sheet-result">
      <p className="job-result__title">
        {t('packs.sheet.done', { count: result.questions, pack: result.pack.title })}
      </p>
      <ItemWarnings warnings={result.pack.warnings} />
    </div>
  );
}

export function SheetImportPanel() {
  const { t } = useTranslation();
  const phase = usePacksStore(selectSheetPhase);
  const fileName = usePacksStore(selectSheetFileName);
  const error = usePacksStore(selectSheetError);
  const downloading = usePacksStore(selectDownloading);
  const running = phase === 'running';

  return (
    <section className="card" aria-labelledby="packs-sheet">
      <h2 id="packs-sheet" className="card__title">
        {t('packs.sheet.title')}
      </h2>
      <p className="card__text">{t('packs.sheet.text')}</p>
      <div className="button-row">
        <FileButton
          accept=".xlsx,.csv"
          disabled={running}
          onFile={(file) => void usePacksStore.getState().importSheet(file)}
        >
          <UploadIcon />
          {t('packs.sheet.button')}
        </FileButton>
      </div>
      <div className="button-row button-row--quiet">
        <button
          type="button"
          className="link-button"
          disabled={downloading !== null}
          onClick={() => void usePacksStore.getState().downloadTemplate('xlsx')}
        >
          <DownloadIcon />
          {t('packs.sheet.templateXlsx')}
        </button>
        <button
          type="button"
          className="link-button"
          disabled={downloading !== null}
          aria-label={t('packs.sheet.templateCsvLabel')}
          onClick={() => void usePacksStore.getState().downloadTemplate('csv')}
        >
          {t('packs.sheet.templateCsv')}
        </button>
      </div>
      {running && (
        <div className="progress progress--labelled">
          <span className="progress__label">{t('packs.sheet.running', { file: fileName })}</span>
          <progress
            className="progress__bar"
            aria-label={t('packs.sheet.running', { file: fileName })}
          />
        </div>
      )}
      {phase === 'done' && <SheetResult />}
      {phase === 'error' && error && (
        <ErrorAlert error={error} title={t('packs.sheet.failed', { file: fileName })} />
      )}
    </section>
  );
}
