import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '@shared/domain/countries';
import type { Gender } from '@shared/domain/sessions';
import type { SessionResults } from '@shared/training/results';
import { SelectField } from '@renderer/components/SelectField';
import { formatNumber } from '@renderer/format/intl';
import { formatDecimal, formatShare } from '../format';
import { ScrollBox } from '../ScrollBox';

type Breakdown = 'none' | 'byCountry' | 'byGender';

/** Every group that has a facility on at least one item, in the order the core sorted them. */
function groupKeys(results: SessionResults, by: Exclude<Breakdown, 'none'>): string[] {
  return [...new Set(results.items.flatMap((item) => item[by].map((g) => g.key)))];
}

/**
 * Classical item analysis, optionally with each item's facility per country or gender: a question
 * one delegation finds far harder than another points at a gap in that country's training or law.
 */
export function ItemAnalysis({ results }: { results: SessionResults }) {
  const { t, i18n } = useTranslation('sessions');
  const [by, setBy] = useState<Breakdown>('none');
  if (results.items.length === 0) return null;
  const keys = by === 'none' ? [] : groupKeys(results, by);
  const label = (key: string) =>
    by === 'byCountry' ? countryName(key, i18n.language) : t(`gender.${key as Gender}`);
  return (
    <section aria-labelledby="ws-items-title" data-testid="item-analysis">
      <h3 id="ws-items-title" className="ws-subtitle">
        {t('results.itemsTitle')}
      </h3>
      <p className="section-intro">{t('results.itemsIntro')}</p>
      <div className="ws-toolbar ws-item-breakdown">
        <SelectField
          label={t('results.itemsBreakdown')}
          value={by}
          onChange={(v) => setBy(v as Breakdown)}
        >
          <option value="none">{t('results.itemsBreakdownNone')}</option>
          <option value="byCountry">{t('results.byCountry')}</option>
          <option value="byGender">{t('results.byGender')}</option>
        </SelectField>
      </div>
      {by !== 'none' && (
        <p className="muted" role="status">
          {keys.length === 0 ? t('results.itemsNoGroups') : t('results.itemsGroupsNote')}
        </p>
      )}
      <ScrollBox label={t('results.itemsTitle')}>
        <table className="table table--compact ws-table">
          <caption className="visually-hidden">{t('results.itemsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.test')}</th>
              <th scope="col">{t('results.question')}</th>
              <th scope="col" className="table__number">
                {t('results.answered')}
              </th>
              <th scope="col" className="table__number">
                {t('results.facilityColumn')}
              </th>
              {keys.map((key) => (
                <th key={key} scope="col" className="table__number">
                  {label(key)}
                </th>
              ))}
              <th scope="col" className="table__number">
                {t('results.discrimination')}
              </th>
              <th scope="col">{t('results.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {results.items.map((item) => (
              <tr key={`${item.quiz}-${item.questionId}`}>
                <td className="nowrap">{t(`results.${item.quiz}`)}</td>
                <td>{item.prompt}</td>
                <td className="table__number">{formatNumber(item.answered)}</td>
                <td className="table__number">{formatShare(item.facility)}</td>
                {keys.map((key) => {
                  const group = by === 'none' ? undefined : item[by].find((g) => g.key === key);
                  return (
                    <td key={key} className="table__number">
                      {group ? formatShare(group.facility) : '—'}
                    </td>
                  );
                })}
                <td className="table__number">{formatDecimal(item.discrimination)}</td>
                <td>
                  {item.flags.map((f) => (
                    <span key={f} className="pill ws-flag">
                      <span aria-hidden="true">⚑ </span>
                      {t(`results.flag.${f}`)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
