import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSettings, selectSettingsSaveError } from '@renderer/stores/settings/selectors';
import { useSettingsStore } from '@renderer/stores/settings/store';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';
import { PersonFields } from './PersonFields';

/**
 * The first-run question: who works on this machine, so history and PDFs credit a person
 * rather than "someone on <machine>". Skippable, asked once, stored where About stores it;
 * only the working app shows it, never the recovery screens.
 */
export function WelcomeDialog() {
  const { t } = useTranslation('welcome');
  const settings = useSettingsStore(selectSettings);
  const error = useSettingsStore(selectSettingsSaveError);
  const [person, setPerson] = useState({ userName: '', organisation: '' });
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!useSettingsStore.getState().settings) void useSettingsStore.getState().load();
  }, []);

  if (!settings || settings.welcomed) return null;

  const answer = async (changes: { userName?: string; organisation?: string }) => {
    setSaving(true);
    await useSettingsStore.getState().save({ ...changes, welcomed: true });
    setSaving(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void answer({ userName: person.userName.trim(), organisation: person.organisation.trim() });
  };

  return (
    <Dialog title={t('title')} onClose={() => void answer({})} busy={saving}>
      <form className="form-grid" onSubmit={submit}>
        <p className="dialog__intro form-grid__wide">
          {t('intro', { machine: settings.machineName })}
        </p>
        <PersonFields value={person} onChange={setPerson} />
        <p className="field__hint form-grid__wide">{t('later')}</p>
        {error && <ErrorAlert error={error} title={t('failed')} />}
        <div className="dialog__actions form-grid__wide">
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => void answer({})}
          >
            {t('skip')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={saving || !person.userName.trim()}
          >
            {saving ? t('saving') : t('save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
