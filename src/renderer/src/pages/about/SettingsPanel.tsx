import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/domain/settings';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { PersonFields } from '@renderer/components/PersonFields';
import {
  selectSettings,
  selectSettingsLoadError,
  selectSettingsSaveError,
  selectSettingsSavePhase,
} from '@renderer/stores/settings/selectors';
import { useSettingsStore } from '@renderer/stores/settings/store';
import { LanguageField } from './LanguageField';
import { ContentLanguagePicker } from '@renderer/components/ContentLanguagePicker';

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const noteId = useId();
  const phase = useSettingsStore(selectSettingsSavePhase);
  const error = useSettingsStore(selectSettingsSaveError);
  const [person, setPerson] = useState({
    userName: settings.userName,
    organisation: settings.organisation,
  });
  const changed =
    person.userName.trim() !== settings.userName ||
    person.organisation.trim() !== settings.organisation;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void useSettingsStore.getState().save(person);
  };

  return (
    <form className="form-grid" onSubmit={submit} aria-describedby={noteId}>
      <div className="form-grid__wide">
        <LanguageField chosen={settings.interfaceLanguage} />
        <ContentLanguagePicker />
      </div>
      <PersonFields value={person} onChange={setPerson} />
      <p id={noteId} className="field__hint form-grid__wide">
        {t('settings.note', { machine: settings.machineName })}
      </p>
      <div className="button-row form-grid__wide">
        <button
          type="submit"
          className="button button--primary"
          disabled={phase === 'saving' || !changed}
        >
          {phase === 'saving' ? t('settings.saving') : t('settings.save')}
        </button>
        <span className="save-note" role="status">
          {phase === 'saved' && !changed ? t('settings.saved') : ''}
        </span>
      </div>
      {phase === 'error' && error && <ErrorAlert error={error} title={t('settings.failed')} />}
    </form>
  );
}

/** Name and organisation of the person at this machine: they sign every checklist change. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const settings = useSettingsStore(selectSettings);
  const loadError = useSettingsStore(selectSettingsLoadError);

  useEffect(() => {
    void useSettingsStore.getState().load();
  }, []);

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title" className="card__title">
        {t('settings.title')}
      </h2>
      {loadError && (
        <ErrorAlert error={loadError} onRetry={() => void useSettingsStore.getState().load()} />
      )}
      {settings && <SettingsForm key={settings.machineId} settings={settings} />}
    </section>
  );
}
