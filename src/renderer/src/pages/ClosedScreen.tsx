import { useTranslation } from 'react-i18next';
import { StandaloneScreen } from '../components/StandaloneScreen';

export function ClosedScreen() {
  const { t } = useTranslation();
  return (
    <StandaloneScreen>
      <h1 className="standalone__title">{t('recovery.closed')}</h1>
      <p role="status">{t('recovery.closedDetail')}</p>
    </StandaloneScreen>
  );
}
