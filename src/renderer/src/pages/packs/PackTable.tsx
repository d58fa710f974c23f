import { useTranslation } from 'react-i18next';
import type { PackSummary } from '@shared/domain/packs';
import { DownloadIcon } from '@renderer/components/icons';
import { selectDownloading } from '@renderer/stores/packs/selectors';
import { usePacksStore } from '@renderer/stores/packs/store';

const COUNTED = ['articles', 'terms', 'questions', 'quizzes'] as const;

function PackRow({ pack }: { pack: PackSummary }) {
  const { t } = useTranslation();
  const downloading = usePacksStore(selectDownloading);
  const busy = downloading === `pack:${pack.id}`;
  // Only what the pack brings: a question module has no articles to count.
  const contents = COUNTED.filter((kind) => pack.counts[kind] > 0)
    .map((kind) => t(`packs.count.${kind}`, { count: pack.counts[kind] }))
    .join(' · ');
  return (
    <tr>
      <th scope="row" className="table__row-head">
        <span className="pack-title">{pack.title}</span>
        <span className="pack-id">{pack.id}</span>
        {pack.isPrimary && <span className="pill">{t('packs.primary')}</span>}
      </th>
      <td className="nowrap">{pack.version}</td>
      <td>{pack.language}</td>
      <td>
        {t(`packs.source.${pack.source}`)}
        {pack.verified ? (
          <span className="pack-publisher">
            {t('packs.verifiedBy', { publisher: pack.publisher })}
          </span>
        ) : (
          <span className="pill pill--unverified" title={t('packs.unverifiedHelp')}>
            {t('packs.unverified')}
          </span>
        )}
      </td>
      <td className="pack-contents">{contents || t('packs.empty')}</td>
      <td>
        <button
          type="button"
          className="button button--small"
          disabled={downloading !== null}
          aria-label={t('packs.exportLabel', { title: pack.title })}
          onClick={() => void usePacksStore.getState().downloadPack(pack.id)}
        >
          <DownloadIcon />
          {busy ? t('packs.preparing') : t('packs.export')}
        </button>
      </td>
    </tr>
  );
}

export function PackTable({ packs }: { packs: PackSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table pack-table" aria-labelledby="packs-installed">
        <thead>
          <tr>
            <th scope="col">{t('packs.columns.title')}</th>
            <th scope="col">{t('packs.columns.version')}</th>
            <th scope="col">{t('packs.columns.language')}</th>
            <th scope="col">{t('packs.columns.source')}</th>
            <th scope="col">{t('packs.columns.contents')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('packs.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map((pack) => (
            <PackRow key={pack.id} pack={pack} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
