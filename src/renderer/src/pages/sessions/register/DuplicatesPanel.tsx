import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain/sessions';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import {
  selectDuplicates,
  selectDuplicatesError,
  selectDuplicatesStatus,
  selectMergeError,
  selectMerging,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { useCountryNames, type CountryNaming } from '@renderer/format/locale';

function describe(p: Participant, countries: CountryNaming): string {
  return [p.organisation, countries.name(p.country), p.email].filter(Boolean).join(' · ');
}

function DuplicateGroup({ group, index }: { group: Participant[]; index: number }) {
  const { t } = useTranslation('sessions');
  const countries = useCountryNames();
  const [keep, setKeep] = useState(group[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const merging = useSessionsStore(selectMerging);
  const error = useSessionsStore(selectMergeError);
  const kept = group.find((p) => p.id === keep);
  const others = group.filter((p) => p.id !== keep);

  const merge = async () => {
    for (const other of others) {
      if (!(await useSessionsStore.getState().merge(keep, other.id))) return;
    }
    setConfirming(false);
  };

  return (
    <li className="ws-dup">
      <fieldset className="fieldset">
        <legend className="field__label">{t('register.duplicates.group', { n: index + 1 })}</legend>
        <ul className="ws-dup__people">
          {group.map((p) => (
            <li key={p.id}>
              <label className="check">
                <input
                  type="radio"
                  name={`ws-dup-${index}`}
                  checked={keep === p.id}
                  onChange={() => setKeep(p.id)}
                />
                <span>
                  <strong>{p.name}</strong> <span className="muted">{describe(p, countries)}</span>
                  {keep === p.id && (
                    <span className="pill ws-keep">{t('register.duplicates.kept')}</span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
        {t('register.duplicates.merge')}
      </button>
      {confirming && kept && (
        <Dialog
          title={t('register.duplicates.confirmTitle')}
          onClose={() => setConfirming(false)}
          busy={merging}
        >
          <p>
            {t('register.duplicates.confirmText', {
              keep: kept.name,
              others: others.map((o) => o.name).join(', '),
            })}
          </p>
          {error && <ErrorAlert error={error} title={t('register.duplicates.failed')} />}
          <div className="dialog__actions">
            <button
              type="button"
              className="button"
              disabled={merging}
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={merging}
              onClick={() => void merge()}
            >
              {merging ? t('register.duplicates.merging') : t('register.duplicates.confirm')}
            </button>
          </div>
        </Dialog>
      )}
    </li>
  );
}

export function DuplicatesPanel() {
  const { t } = useTranslation('sessions');
  const duplicates = useSessionsStore(selectDuplicates);
  const status = useSessionsStore(selectDuplicatesStatus);
  const error = useSessionsStore(selectDuplicatesError);
  return (
    <section className="ws-card ws-section" aria-labelledby="ws-dup-title">
      <h3 id="ws-dup-title" className="ws-subtitle">
        {t('register.duplicates.title')}
      </h3>
      <p className="section-intro">{t('register.duplicates.intro')}</p>
      <button
        type="button"
        className="button"
        disabled={status === 'loading'}
        onClick={() => void useSessionsStore.getState().loadDuplicates()}
      >
        {status === 'idle' ? t('register.duplicates.find') : t('register.duplicates.again')}
      </button>
      {error && <ErrorAlert error={error} />}
      {status === 'ready' && duplicates.length === 0 && (
        <p className="muted ws-gap-top" role="status">
          {t('register.duplicates.none')}
        </p>
      )}
      {duplicates.length > 0 && (
        <ul className="ws-dups">
          {duplicates.map((group, index) => (
            <DuplicateGroup key={group.map((p) => p.id).join('|')} group={group} index={index} />
          ))}
        </ul>
      )}
    </section>
  );
}
