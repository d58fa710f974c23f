import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '@shared/domain/countries';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { selectCreateError, selectCreatePhase } from '@renderer/stores/checklists/selectors';
import { useChecklistsStore } from '@renderer/stores/checklists/store';
import { selectChapters } from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import { selectSettings } from '@renderer/stores/settings/selectors';
import { useSettingsStore } from '@renderer/stores/settings/store';
import { localDate } from '@shared/dates';

const LEVELS = ['mandatory', 'optional'] as const;
type Level = (typeof LEVELS)[number];

export function NewChecklistDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const ids = {
    country: useId(),
    title: useId(),
    date: useId(),
    assessors: useId(),
    assessorsHint: useId(),
    organisation: useId(),
  };
  const chapters = useLibraryStore(selectChapters);
  const settings = useSettingsStore(selectSettings);
  const phase = useChecklistsStore(selectCreatePhase);
  const error = useChecklistsStore(selectCreateError);
  const busy = phase === 'saving';

  // Sorted by name in the reader's language; a native select finds a country by typing.
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  const [country, setCountry] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDate());
  const [assessors, setAssessors] = useState('');
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<string[]>([]);
  const [levels, setLevels] = useState<Level[]>([...LEVELS]);

  useEffect(() => {
    void useLibraryStore.getState().loadOverview();
    if (!useSettingsStore.getState().settings) void useSettingsStore.getState().load();
  }, []);

  const chosenChapters = chapters.map((c) => c.number).filter((n) => !excluded.includes(n));
  const orgValue = organisation ?? settings?.organisation ?? '';
  const valid =
    country !== '' && title.trim() !== '' && chosenChapters.length > 0 && levels.length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const id = await useChecklistsStore.getState().createChecklist({
      country,
      title: title.trim(),
      date,
      assessors: assessors
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      organisation: orgValue.trim(),
      // Every chapter chosen means "all": the server then also takes chapters added later.
      ...(excluded.length > 0 ? { chapters: chosenChapters } : {}),
      obligations: levels,
    });
    if (id) onClose();
  };

  const close = () => {
    useChecklistsStore.getState().clearWriteErrors();
    onClose();
  };

  const toggleChapter = (number: string) =>
    setExcluded((current) =>
      current.includes(number) ? current.filter((n) => n !== number) : [...current, number],
    );
  const toggleLevel = (level: Level) =>
    setLevels((current) =>
      current.includes(level) ? current.filter((l) => l !== level) : [...current, level],
    );

  return (
    <Dialog title={t('checklists.form.title')} onClose={close} busy={busy} wide>
      <form className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        <p className="form-grid__wide dialog__intro">{t('checklists.form.intro')}</p>
        <div className="field">
          <label className="field__label" htmlFor={ids.country}>
            {t('checklists.form.country')}
          </label>
          <select
            id={ids.country}
            className="field__select"
            value={country}
            required
            onChange={(event) => setCountry(event.target.value)}
          >
            <option value="">{t('checklists.form.chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.date}>
            {t('checklists.form.date')}
          </label>
          <input
            id={ids.date}
            type="date"
            className="field__input"
            value={date}
            required
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="field form-grid__wide">
          <label className="field__label" htmlFor={ids.title}>
            {t('checklists.form.checklistTitle')}
          </label>
          <input
            id={ids.title}
            className="field__input"
            value={title}
            required
            maxLength={200}
            placeholder={t('checklists.form.titlePlaceholder')}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.assessors}>
            {t('checklists.form.assessors')}
          </label>
          <input
            id={ids.assessors}
            className="field__input"
            value={assessors}
            aria-describedby={ids.assessorsHint}
            onChange={(event) => setAssessors(event.target.value)}
          />
          <span id={ids.assessorsHint} className="field__hint">
            {t('checklists.form.assessorsHint')}
          </span>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.organisation}>
            {t('checklists.form.organisation')}
          </label>
          <input
            id={ids.organisation}
            className="field__input"
            value={orgValue}
            maxLength={200}
            onChange={(event) => setOrganisation(event.target.value)}
          />
        </div>
        <fieldset className="fieldset form-grid__wide">
          <legend className="field__label">{t('checklists.form.chapters')}</legend>
          <div className="check-grid">
            {chapters.map((chapter) => (
              <label key={chapter.number} className="check">
                <input
                  type="checkbox"
                  checked={!excluded.includes(chapter.number)}
                  onChange={() => toggleChapter(chapter.number)}
                />
                <span>
                  {t('checklists.form.chapterOption', {
                    number: chapter.number,
                    title: chapter.title,
                  })}
                </span>
              </label>
            ))}
          </div>
          <div className="button-row button-row--quiet">
            <button type="button" className="link-button" onClick={() => setExcluded([])}>
              {t('checklists.form.allChapters')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => setExcluded(chapters.map((c) => c.number))}
            >
              {t('checklists.form.noChapters')}
            </button>
          </div>
          {chosenChapters.length === 0 && chapters.length > 0 && (
            <p className="field__error">{t('checklists.form.needChapter')}</p>
          )}
        </fieldset>
        <fieldset className="fieldset form-grid__wide">
          <legend className="field__label">{t('checklists.form.obligations')}</legend>
          <div className="check-row">
            {LEVELS.map((level) => (
              <label key={level} className="check">
                <input
                  type="checkbox"
                  checked={levels.includes(level)}
                  onChange={() => toggleLevel(level)}
                />
                <span>{t(`assessment.level.${level}`)}</span>
              </label>
            ))}
          </div>
          {levels.length === 0 && (
            <p className="field__error">{t('checklists.form.needObligation')}</p>
          )}
        </fieldset>
        {phase === 'error' && error && (
          <div className="form-grid__wide">
            <ErrorAlert error={error} title={t('checklists.form.failed')} />
          </div>
        )}
        <div className="dialog__actions form-grid__wide">
          <button type="button" className="button" onClick={close} disabled={busy}>
            {t('checklists.form.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !valid}>
            {busy ? t('checklists.form.creating') : t('checklists.form.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
