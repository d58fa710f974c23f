import { useTranslation } from 'react-i18next';
import type { SystemInfo } from '@shared/domain/system';
import { formatNumber } from '@renderer/format/intl';

export function SystemInfoPanel({ info }: { info: SystemInfo }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="about-application">
      <h2 id="about-application" className="card__title">
        {t('about.application')}
      </h2>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd>{info.appVersion}</dd>
        <dt>{t('about.shell')}</dt>
        <dd>{t(`about.shellKind.${info.shell}`)}</dd>
        <dt>{t('about.dataFolder')}</dt>
        <dd className="path">{info.dataDir}</dd>
        <dt>{t('about.databaseFile')}</dt>
        <dd className="path">{info.databaseFile}</dd>
        <dt>{t('about.schemaVersion')}</dt>
        <dd>{formatNumber(info.schemaVersion)}</dd>
        <dt>{t('about.packs')}</dt>
        <dd>
          {info.packs.length === 0 ? (
            t('about.noPacks')
          ) : (
            <ul className="packs">
              {info.packs.map((pack) => (
                <li key={pack.id}>
                  <span className="packs__title">{pack.title}</span>{' '}
                  <span className="packs__version">
                    {t('about.packVersion', { version: pack.version })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
