import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue } from '@shared/assessments/stats';
import type { AssessmentItem } from '@shared/domain/assessments';
import { WarningIcon } from '@renderer/components/icons';
import { formatDate } from '@renderer/format/intl';
import {
  selectActiveId,
  selectOpenItemId,
  selectSelected,
  selectSort,
} from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import type { SortKey } from '@renderer/stores/checklist/visible-items';
import { localDate } from '@shared/dates';
import { itemRef, shortRef } from './labels';
import { ResultBadge } from './ResultBadge';

/** Brings a row into view inside the table's own scrolling region, never scrolling the page. */
function revealRow(row: HTMLElement | null | undefined): void {
  const region = row?.closest<HTMLElement>('.items-region');
  if (!row || !region) return;
  const head = region.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const r = row.getBoundingClientRect();
  const c = region.getBoundingClientRect();
  if (r.top < c.top + head) region.scrollTop -= c.top + head - r.top;
  else if (r.bottom > c.bottom) region.scrollTop += r.bottom - c.bottom;
}

export const focusPanel = () =>
  requestAnimationFrame(() =>
    document.getElementById('item-panel-title')?.focus({ preventScroll: true }),
  );

function SortHeader({
  column,
  label,
  sortLabel = label,
  className,
}: {
  column: SortKey;
  label: string;
  sortLabel?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const sort = useChecklistStore(selectSort);
  const active = sort.key === column;
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => useChecklistStore.getState().setSort(column)}
        aria-label={t('checklist.table.sortBy', { column: sortLabel })}
      >
        {label}
        <span className="sort-button__mark" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function TargetDate({ item, today }: { item: AssessmentItem; today: string }) {
  const { t } = useTranslation();
  if (!item.targetDate) return <span className="muted">{t('assessment.none')}</span>;
  const overdue = isOverdue(item, today);
  return (
    <span className={overdue ? 'target target--overdue' : 'target'}>
      {formatDate(item.targetDate)}
      {overdue && (
        <span className="overdue-mark">
          <WarningIcon />
          {t('assessment.overdue')}
        </span>
      )}
    </span>
  );
}

interface ItemsTableProps {
  items: AssessmentItem[];
  compact: boolean;
  hintId: string;
}

/**
 * One tab stop for the whole table (roving tabindex): Up/Down move between rows, Enter opens
 * the item, Space selects it. The checkboxes stay clickable but out of the tab order.
 */
export function ItemsTable({ items, compact, hintId }: ItemsTableProps) {
  const { t } = useTranslation();
  const selected = useChecklistStore(selectSelected);
  const activeId = useChecklistStore(selectActiveId);
  const openId = useChecklistStore(selectOpenItemId);
  const body = useRef<HTMLTableSectionElement>(null);
  const today = localDate();
  const focusable = items.some((i) => i.id === activeId) ? activeId : (items[0]?.id ?? null);

  const focusRow = (id: string) => {
    useChecklistStore.getState().setActive(id);
    const row = body.current?.querySelector<HTMLElement>(`tr[data-item-id="${id}"]`);
    row?.focus({ preventScroll: true });
    revealRow(row);
  };

  // Keep the active row in view when it changes from outside (e.g. the panel's item).
  useEffect(() => {
    if (!openId) return;
    revealRow(body.current?.querySelector<HTMLElement>(`tr[data-item-id="${openId}"]`));
  }, [openId]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    if (event.target !== event.currentTarget) return;
    const store = useChecklistStore.getState();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const next = items[index + (event.key === 'ArrowDown' ? 1 : -1)];
        if (next) focusRow(next.id);
        break;
      }
      case 'Home':
      case 'End': {
        event.preventDefault();
        const next = event.key === 'Home' ? items[0] : items[items.length - 1];
        if (next) focusRow(next.id);
        break;
      }
      case 'Enter':
        event.preventDefault();
        store.openItem(id);
        focusPanel();
        break;
      case ' ':
        event.preventDefault();
        store.toggleSelected(id);
        break;
    }
  };

  return (
    <table
      className={compact ? 'table items-table items-table--compact' : 'table items-table'}
      aria-label={t('checklist.table.label')}
      aria-describedby={hintId}
      data-testid="items-table"
    >
      <thead>
        <tr>
          <th scope="col" className="items-table__select">
            <span className="visually-hidden">{t('checklist.table.select')}</span>
          </th>
          <SortHeader column="article" label={t('checklist.table.item')} />
          {!compact && <th scope="col">{t('checklist.table.provision')}</th>}
          <SortHeader
            column="result"
            label={t('checklist.table.result')}
            sortLabel={t('checklist.table.sortResult')}
          />
          <SortHeader column="priority" label={t('checklist.table.priority')} />
          {!compact && <th scope="col">{t('checklist.table.agency')}</th>}
          {!compact && <SortHeader column="targetDate" label={t('checklist.table.target')} />}
        </tr>
      </thead>
      <tbody ref={body}>
        {items.map((item, index) => {
          const isSelected = selected.includes(item.id);
          const isOpen = openId === item.id;
          const ref = shortRef(item);
          return (
            <tr
              key={item.id}
              data-item-id={item.id}
              tabIndex={focusable === item.id ? 0 : -1}
              className={[
                'items-table__row',
                isSelected ? 'is-selected' : '',
                isOpen ? 'is-open' : '',
              ].join(' ')}
              aria-current={isOpen ? 'true' : undefined}
              onFocus={(event) => {
                if (event.target === event.currentTarget)
                  useChecklistStore.getState().setActive(item.id);
              }}
              onKeyDown={(event) => onKeyDown(event, index, item.id)}
              onClick={() => {
                useChecklistStore.getState().openItem(item.id);
              }}
            >
              <td className="items-table__select" onClick={(event) => event.stopPropagation()}>
                <input
                  type="checkbox"
                  tabIndex={-1}
                  checked={isSelected}
                  aria-label={t('checklist.table.selectRow', { item: ref })}
                  onChange={() => useChecklistStore.getState().toggleSelected(item.id)}
                />
              </td>
              <td className="items-table__item">
                <span className="item-ref">{itemRef(t, item)}</span>
                <span className="item-title">{item.articleTitle}</span>
              </td>
              {!compact && (
                <td className="items-table__provision">
                  <span className="clamp-2">{item.provisionText}</span>
                </td>
              )}
              <td className="items-table__result">
                <ResultBadge result={item.result} />
                <span className="item-status">{t(`assessment.status.${item.status}`)}</span>
              </td>
              <td className="nowrap">
                {item.priority ? (
                  <span className={`priority priority--${item.priority}`}>
                    {t(`assessment.priority.${item.priority}`)}
                  </span>
                ) : (
                  <span className="muted">{t('assessment.noPriority')}</span>
                )}
              </td>
              {!compact && (
                <td className="items-table__agency">
                  {item.agency || <span className="muted">{t('assessment.none')}</span>}
                </td>
              )}
              {!compact && (
                <td className="nowrap">
                  <TargetDate item={item} today={today} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
