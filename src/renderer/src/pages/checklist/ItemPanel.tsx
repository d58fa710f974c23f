import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue } from '@shared/assessments/stats';
import { ACTION_TYPES, PRIORITIES, RESULTS, STATUSES } from '@shared/domain/assessment-values';
import type { Citation, ElementAssessment, ItemFields } from '@shared/domain/assessments';
import { CloseIcon, PlusIcon, WarningIcon } from '@renderer/components/icons';
import { formatDateTime } from '@renderer/format/intl';
import { articleHref } from '@renderer/router/routes';
import {
  selectAssessment,
  selectDraft,
  selectItemHistory,
  selectOpenItem,
  selectRestored,
  selectSaveError,
  selectSaveState,
} from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import { fieldLabel, fieldValue } from './field-values';
import { localDate } from '@shared/dates';
import { itemRef } from './labels';

const LAW_PRACTICE = ['yes', 'partly', 'no', 'unknown'] as const;
const ELEMENT_STATES = ['met', 'not-met', 'unclear'] as const;

const edit = (patch: Partial<ItemFields>) => useChecklistStore.getState().edit(patch);

function Field({
  label,
  children,
  wide,
}: {
  label: string;
  children: (id: string) => ReactNode;
  wide?: boolean;
}) {
  const id = useId();
  return (
    <div className={wide ? 'field panel-form__wide' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

function SaveStatus() {
  const { t } = useTranslation();
  const state = useChecklistStore(selectSaveState);
  const error = useChecklistStore(selectSaveError);
  let text = t('checklist.editor.idle');
  if (state === 'pending' || state === 'saving') text = t('checklist.editor.saving');
  else if (state === 'saved') text = t('checklist.editor.saved');
  else if (state === 'error')
    text = t('checklist.editor.notSaved', { message: error?.message ?? '' });
  return (
    <div className={`save-status save-status--${state}`}>
      <span role="status" data-testid="save-status">
        {text}
      </span>
      {state === 'error' && (
        <button
          type="button"
          className="link-button"
          onClick={() => void useChecklistStore.getState().flush()}
        >
          {t('checklist.editor.retry')}
        </button>
      )}
    </div>
  );
}

function Elements({ texts, values }: { texts: string[]; values: ElementAssessment[] }) {
  const { t } = useTranslation();
  const name = useId();
  if (texts.length === 0) return null;
  const at = (index: number): ElementAssessment =>
    values.find((e) => e.index === index) ?? { index, state: null, nationalText: '' };
  const update = (index: number, change: Partial<ElementAssessment>) =>
    edit({
      elements: texts.map((_, i) => (i === index ? { ...at(i), ...change } : at(i))),
    });
  return (
    <fieldset className="panel-section">
      <legend className="panel-section__title">{t('checklist.editor.elements')}</legend>
      <ol className="elements">
        {texts.map((text, index) => {
          const value = at(index);
          return (
            <li key={index} className="element">
              <p className="element__text">{text}</p>
              <div
                className="segmented"
                role="radiogroup"
                aria-label={t('checklist.editor.elementLabel', { number: index + 1 })}
              >
                {ELEMENT_STATES.map((state) => (
                  <label key={state} className="segmented__option">
                    <input
                      type="radio"
                      name={`${name}-${index}`}
                      checked={value.state === state}
                      onChange={() => update(index, { state })}
                    />
                    <span>{t(`assessment.elementState.${state}`)}</span>
                  </label>
                ))}
              </div>
              <Field label={t('checklist.editor.elementText')}>
                {(id) => (
                  <textarea
                    id={id}
                    className="field__input field__textarea"
                    rows={2}
                    value={value.nationalText}
                    maxLength={4000}
                    onChange={(event) => update(index, { nationalText: event.target.value })}
                  />
                )}
              </Field>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

function Citations({ citations }: { citations: Citation[] }) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<Citation>) =>
    edit({ citations: citations.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  return (
    <fieldset className="panel-section">
      <legend className="panel-section__title">{t('checklist.editor.citations')}</legend>
      {citations.length === 0 && <p className="muted">{t('checklist.editor.noCitations')}</p>}
      <ol className="citations">
        {citations.map((citation, index) => (
          <li
            key={index}
            className="citation"
            aria-label={t('checklist.editor.citation', { number: index + 1 })}
          >
            <div className="citation__grid">
              <Field label={t('checklist.editor.act')} wide>
                {(id) => (
                  <input
                    id={id}
                    className="field__input"
                    value={citation.act}
                    maxLength={300}
                    onChange={(event) => change(index, { act: event.target.value })}
                  />
                )}
              </Field>
              <Field label={t('checklist.editor.section')}>
                {(id) => (
                  <input
                    id={id}
                    className="field__input"
                    value={citation.section}
                    maxLength={120}
                    onChange={(event) => change(index, { section: event.target.value })}
                  />
                )}
              </Field>
              <Field label={t('checklist.editor.year')}>
                {(id) => (
                  <input
                    id={id}
                    className="field__input"
                    value={citation.year}
                    maxLength={10}
                    inputMode="numeric"
                    onChange={(event) => change(index, { year: event.target.value })}
                  />
                )}
              </Field>
              <Field label={t('checklist.editor.link')} wide>
                {(id) => (
                  <input
                    id={id}
                    className="field__input"
                    type="url"
                    value={citation.link}
                    maxLength={2000}
                    onChange={(event) => change(index, { link: event.target.value })}
                  />
                )}
              </Field>
            </div>
            <button
              type="button"
              className="link-button citation__remove"
              onClick={() => edit({ citations: citations.filter((_, i) => i !== index) })}
            >
              {t('checklist.editor.removeCitation', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={citations.length >= 20}
        onClick={() =>
          edit({ citations: [...citations, { act: '', section: '', year: '', link: '' }] })
        }
      >
        <PlusIcon />
        {t('checklist.editor.addCitation')}
      </button>
    </fieldset>
  );
}

function ItemHistory() {
  const { t } = useTranslation();
  const history = useChecklistStore(selectItemHistory);
  return (
    <details className="panel-history">
      <summary>
        {t('checklist.editor.history')}{' '}
        <span className="muted">
          ({t('checklist.editor.historyCount', { count: history.length })})
        </span>
      </summary>
      {history.length === 0 ? (
        <p className="muted">{t('checklist.editor.noHistory')}</p>
      ) : (
        <ol className="history-list" data-testid="item-history">
          {history.map((entry) => (
            <li
              key={entry.id}
              className={entry.undone ? 'history-entry is-undone' : 'history-entry'}
            >
              <p className="history-entry__meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · {entry.actor}
                {entry.undone && (
                  <span className="pill pill--muted">{t('checklist.history.undone')}</span>
                )}
              </p>
              <p>
                <span className="history-entry__field">{fieldLabel(t, entry.field)}:</span>{' '}
                {t('checklist.history.fromTo', {
                  old: fieldValue(t, entry.field, entry.oldValue),
                  new: fieldValue(t, entry.field, entry.newValue),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** The item's form beside the table; every change is saved by itself (see editor-slice). */
export function ItemPanel() {
  const { t } = useTranslation();
  const item = useChecklistStore(selectOpenItem);
  const draft = useChecklistStore(selectDraft);
  const restored = useChecklistStore(selectRestored);
  const assessment = useChecklistStore(selectAssessment);
  const resultName = useId();
  if (!item || !draft) return null;
  const ref = itemRef(t, item);
  const needsAction = draft.result === 'gap' || draft.result === 'partial';
  const agencies = [
    ...new Set((assessment?.items ?? []).map((i) => i.agency.trim()).filter(Boolean)),
  ];
  const overdue = isOverdue({ ...draft, targetDate: draft.targetDate || null }, localDate());

  const close = () => {
    const id = item.id;
    useChecklistStore.getState().closeItem();
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`tr[data-item-id="${id}"]`)?.focus(),
    );
  };

  return (
    <aside
      className="item-panel"
      aria-labelledby="item-panel-title"
      data-testid="item-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <div className="item-panel__header">
        <div className="item-panel__heading">
          <h2 id="item-panel-title" className="item-panel__title" tabIndex={-1}>
            {ref} <span className="item-panel__article">{item.articleTitle}</span>
          </h2>
          <SaveStatus />
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('checklist.editor.close')}
          onClick={close}
        >
          <CloseIcon />
        </button>
      </div>
      {restored && (
        <p className="notice notice--warning panel-notice">{t('checklist.editor.restored')}</p>
      )}
      <div className="item-panel__provision">
        <p className="item-panel__meta">
          <span className={`tag tag--${item.provisionLevel}`}>
            {t(`assessment.level.${item.provisionLevel}`)}
          </span>
          <span>{t('checklist.editor.paragraph', { paragraph: item.paragraph })}</span>
          <a href={articleHref(item.articleNumber)}>
            {t('checklist.editor.articleLink', { number: item.articleNumber })}
          </a>
        </p>
        <p className="item-panel__text">{item.provisionText}</p>
      </div>

      <form
        className="panel-form"
        onSubmit={(event) => event.preventDefault()}
        onBlur={() => void useChecklistStore.getState().flush()}
      >
        <fieldset className="panel-section">
          <legend className="panel-section__title">{t('checklist.editor.result')}</legend>
          <div className="result-choice">
            {RESULTS.map((result) => (
              <label key={result} className={`result-option result-option--${result}`}>
                <input
                  type="radio"
                  name={resultName}
                  checked={draft.result === result}
                  onChange={() => edit({ result })}
                />
                <span>{t(`assessment.result.${result}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="panel-form__row">
          <Field label={t('checklist.editor.status')}>
            {(id) => (
              <select
                id={id}
                className="field__select"
                value={draft.status}
                onChange={(event) => {
                  const status = STATUSES.find((s) => s === event.target.value);
                  if (status) edit({ status });
                }}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`assessment.status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <OptionalSelect
            label={t('checklist.editor.inLaw')}
            value={draft.inLaw}
            options={LAW_PRACTICE}
            labelOf={(v) => t(`assessment.lawPractice.${v}`)}
            onChange={(v) => edit({ inLaw: v })}
          />
          <OptionalSelect
            label={t('checklist.editor.inPractice')}
            value={draft.inPractice}
            options={LAW_PRACTICE}
            labelOf={(v) => t(`assessment.lawPractice.${v}`)}
            onChange={(v) => edit({ inPractice: v })}
          />
        </div>

        <Elements texts={item.provisionElements} values={draft.elements} />
        <Citations citations={draft.citations} />

        <Field label={t('checklist.editor.evidence')} wide>
          {(id) => (
            <textarea
              id={id}
              className="field__input field__textarea"
              rows={4}
              value={draft.evidence}
              maxLength={20000}
              onChange={(event) => edit({ evidence: event.target.value })}
            />
          )}
        </Field>

        {needsAction && (
          <fieldset className="panel-section">
            <legend className="panel-section__title">{t('checklist.editor.action')}</legend>
            <div className="panel-form__row">
              <OptionalSelect
                label={t('checklist.editor.actionType')}
                value={draft.actionType}
                options={ACTION_TYPES}
                labelOf={(v) => t(`assessment.actionType.${v}`)}
                onChange={(v) => edit({ actionType: v })}
              />
              <OptionalSelect
                label={t('checklist.editor.priority')}
                value={draft.priority}
                options={PRIORITIES}
                labelOf={(v) => t(`assessment.priority.${v}`)}
                onChange={(v) => edit({ priority: v })}
              />
            </div>
            <Field label={t('checklist.editor.actionText')} wide>
              {(id) => (
                <textarea
                  id={id}
                  className="field__input field__textarea"
                  rows={3}
                  value={draft.action}
                  maxLength={4000}
                  onChange={(event) => edit({ action: event.target.value })}
                />
              )}
            </Field>
            <div className="panel-form__row">
              <Field label={t('checklist.editor.agency')}>
                {(id) => (
                  <>
                    <input
                      id={id}
                      className="field__input"
                      list={`${id}-agencies`}
                      value={draft.agency}
                      maxLength={300}
                      onChange={(event) => edit({ agency: event.target.value })}
                    />
                    <datalist id={`${id}-agencies`}>
                      {agencies.map((a) => (
                        <option key={a} value={a} />
                      ))}
                    </datalist>
                  </>
                )}
              </Field>
              <Field label={t('checklist.editor.targetDate')}>
                {(id) => (
                  <input
                    id={id}
                    type="date"
                    className="field__input"
                    value={draft.targetDate ?? ''}
                    onChange={(event) => edit({ targetDate: event.target.value || null })}
                  />
                )}
              </Field>
            </div>
            {overdue && (
              <p className="overdue-note">
                <WarningIcon />
                {t('checklist.editor.overdue')}
              </p>
            )}
          </fieldset>
        )}
      </form>
      <ItemHistory />
    </aside>
  );
}

/** A select of one of a field's values, or none ("not set"). */
function OptionalSelect<T extends string>(props: {
  label: string;
  value: T | null;
  options: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={props.label}>
      {(id) => (
        <select
          id={id}
          className="field__select"
          value={props.value ?? ''}
          onChange={(event) =>
            props.onChange(props.options.find((v) => v === event.target.value) ?? null)
          }
        >
          <option value="">{t('checklist.editor.notSet')}</option>
          {props.options.map((v) => (
            <option key={v} value={v}>
              {props.labelOf(v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
