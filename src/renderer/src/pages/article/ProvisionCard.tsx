import { useTranslation } from 'react-i18next';
import type { Provision } from '@shared/domain/library';
import { ContentNotice } from '@renderer/components/ContentNotice';

export function ProvisionCard({ provision }: { provision: Provision }) {
  const { t } = useTranslation();
  const headingId = `provision-${provision.id}`;
  return (
    <li className="provision" aria-labelledby={headingId}>
      <div className="provision__head">
        <h3 id={headingId} className="provision__title">
          {t('article.paragraph', { paragraph: provision.paragraph })}
        </h3>
        <span className={`tag tag--${provision.level}`}>
          {t(`article.level.${provision.level}`)}
        </span>
        <span className="provision__needs">
          <span className="provision__needs-label">{t('article.needsLabel')}:</span>{' '}
          {t(`article.needs.${provision.needs}`)}
        </span>
      </div>
      {provision.content?.kind === 'original' && <ContentNotice origin={provision.content} />}
      <p className="provision__text" lang={provision.content?.language}>
        {provision.text}
      </p>
      {provision.elements.length > 0 && (
        <div className="provision__elements">
          <p className="provision__subheading">{t('article.elements')}</p>
          <ul className="checklist">
            {provision.elements.map((element) => (
              <li key={element} className="checklist__item">
                {element}
              </li>
            ))}
          </ul>
        </div>
      )}
      {provision.flexibility && (
        <p className="provision__flexibility">
          <strong>{t('article.flexibility')}:</strong> <bdi>{provision.flexibility}</bdi>
        </p>
      )}
    </li>
  );
}
