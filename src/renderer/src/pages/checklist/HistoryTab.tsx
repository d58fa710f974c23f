import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@renderer/format/intl';
import { selectAssessment, selectHistory } from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import { fieldLabel, fieldValue } from './field-values';
import { itemRef } from './labels';

const PAGE = 200;

/** The whole checklist's history, newest first; undone changes stay, marked. */
export function HistoryTab() {
  const { t } = useTranslation();
  const history = useChecklistStore(selectHistory);
  const assessment = useChecklistStore(selectAssessment);
  const items = useMemo(
    () => new Map((assessment?.items ?? []).map((item) => [item.id, item])),
    [assessment],
  );
  const [limit, setLimit] = useState(PAGE);
  const shown = history.slice(0, limit);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="section-title section-title--first">
        {t('checklist.history.title')}
      </h2>
      <p className="section-intro">{t('checklist.history.intro')}</p>
      {history.length === 0 ? (
        <p className="empty-note">{t('checklist.history.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact history-table" data-testid="history-table">
            <caption className="visually-hidden">{t('checklist.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checklist.history.when')}</th>
                <th scope="col">{t('checklist.history.who')}</th>
                <th scope="col">{t('checklist.history.item')}</th>
                <th scope="col">{t('checklist.history.field')}</th>
                <th scope="col">{t('checklist.history.change')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.id} className={entry.undone ? 'is-undone' : undefined}>
                  <td className="nowrap">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td className="nowrap">{entry.actor}</td>
                  <td className="nowrap">
                    {entry.itemId && items.has(entry.itemId)
                      ? itemRef(t, items.get(entry.itemId)!)
                      : entry.articleNumber !== null
                        ? t('library.articleNumber', { number: entry.articleNumber })
                        : t('checklist.history.checklist')}
                  </td>
                  <td>
                    {fieldLabel(t, entry.field)}
                    {entry.undone && (
                      <span className="pill pill--muted history-undone">
                        {t('checklist.history.undone')}
                      </span>
                    )}
                  </td>
                  <td className="history-change">
                    {entry.itemId === null
                      ? (entry.newValue ?? '')
                      : t('checklist.history.fromTo', {
                          old: fieldValue(t, entry.field, entry.oldValue),
                          new: fieldValue(t, entry.field, entry.newValue),
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.length > limit && (
        <button type="button" className="button load-more" onClick={() => setLimit(limit + PAGE)}>
          {t('checklist.history.showMore', { count: Math.min(PAGE, history.length - limit) })}
        </button>
      )}
    </section>
  );
}
