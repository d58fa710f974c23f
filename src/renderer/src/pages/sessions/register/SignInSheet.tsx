import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { usePaperStore } from '@renderer/stores/sessions/paper-store';

/** The register printed as a sign-in sheet, one page per day, for rooms that sign on paper. */
export function SignInSheetButton({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('sessions');
  const printing = usePaperStore((s) => s.printing);
  return (
    <button
      type="button"
      className="button"
      disabled={printing !== null}
      onClick={() => void usePaperStore.getState().print('sign-in', { sessionId })}
    >
      {t('paper.printSignIn')}
    </button>
  );
}

export function SignInSheetError() {
  const { t } = useTranslation('sessions');
  const printError = usePaperStore((s) => s.printError);
  if (printError?.what !== 'sign-in') return null;
  return <ErrorAlert error={printError.error} title={t('paper.printFailed')} />;
}
