import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StandaloneScreen } from '@renderer/components/StandaloneScreen';

export function AccessDeniedScreen() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('access.title')} · ${t('app.name')}`;
  }, [t]);
  return (
    <StandaloneScreen>
      <h1 className="standalone__title">{t('access.title')}</h1>
      <div role="alert">
        <p>{t('access.body')}</p>
        <p>{t('access.howTo')}</p>
      </div>
    </StandaloneScreen>
  );
}
