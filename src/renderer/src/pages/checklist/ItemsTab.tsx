import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { compareText } from '@shared/domain/collation';
import { UndoIcon } from '@renderer/components/icons';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import {
  selectAssessment,
  selectFilters,
  selectNoteMatches,
  selectNotesError,
  selectOpenItemId,
  selectSelected,
  selectSort,
  selectUndoBusy,
} from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import { visibleItems } from '@renderer/stores/checklist/visible-items';
import { BulkBar } from './BulkBar';
import { ItemFilters } from './ItemFilters';
import { ItemPanel } from './ItemPanel';
import { ItemsTable } from './ItemsTable';

function SelectAllShown({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const selected = useChecklistStore(selectSelected);
  const box = useRef<HTMLInputElement>(null);
  const shownSelected = ids.filter((id) => selected.includes(id)).length;
  const all = ids.length > 0 && shownSelected === ids.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = shownSelected > 0 && !all;
  }, [shownSelected, all]);
  return (
    <label className="check select-all">
      <input
        ref={box}
        type="checkbox"
        checked={all}
        disabled={ids.length === 0}
        onChange={() => {
          const store = useChecklistStore.getState();
          store.setSelection(
            all ? selected.filter((id) => !ids.includes(id)) : [...new Set([...selected, ...ids])],
          );
        }}
      />
      <span>{t('checklist.table.selectAll')}</span>
    </label>
  );
}

export function ItemsTab() {
  const { t, i18n } = useTranslation();
  const hintId = useId();
  const assessment = useChecklistStore(selectAssessment);
  const filters = useChecklistStore(selectFilters);
  const noteMatches = useChecklistStore(selectNoteMatches);
  const notesError = useChecklistStore(selectNotesError);
  const sort = useChecklistStore(selectSort);
  const openId = useChecklistStore(selectOpenItemId);
  const undoBusy = useChecklistStore(selectUndoBusy);
  const items = useMemo(() => assessment?.items ?? [], [assessment]);
  const shown = useMemo(
    () => visibleItems(items, filters, noteMatches, sort),
    [items, filters, noteMatches, sort],
  );
  const shownIds = useMemo(() => shown.map((i) => i.id), [shown]);
  const agencies = useMemo(
    () =>
      [...new Set(items.map((i) => i.agency.trim()).filter(Boolean))].sort(
        compareText(i18n.language),
      ),
    [items, i18n.language],
  );

  return (
    <div className="items-tab">
      <ItemFilters items={items} />
      {notesError && <ErrorAlert error={notesError} />}
      <div className="items-toolbar">
        <SelectAllShown ids={shownIds} />
        <p className="items-toolbar__count" aria-live="polite" data-testid="items-count">
          {noteMatches
            ? t('checklist.countMatches', {
                shown: shown.length,
                total: items.length,
                matches: noteMatches.length,
              })
            : t('checklist.count', { shown: shown.length, total: items.length })}
        </p>
        <span className="toolbar__spacer" />
        <button
          type="button"
          className="button button--small"
          disabled={undoBusy}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={t('checklist.undo.label')}
          onClick={() => void useChecklistStore.getState().undo()}
        >
          <UndoIcon />
          {t('checklist.undo.button')}
        </button>
      </div>
      <BulkBar agencies={agencies} />
      <p id={hintId} className="items-hint">
        {t('checklist.table.keyboardHint')}
      </p>
      <div className={openId ? 'workspace workspace--with-panel' : 'workspace'}>
        <div className="items-region" data-testid="items-region">
          {shown.length === 0 ? (
            <p className="empty-note">{t('checklist.none')}</p>
          ) : (
            <ItemsTable items={shown} compact={openId !== null} hintId={hintId} />
          )}
        </div>
        {openId && <ItemPanel key={openId} />}
      </div>
    </div>
  );
}
