import { useTranslation } from 'react-i18next';
import type { Gender } from '@shared/domain/sessions';
import type { SessionResults } from '@shared/training/results';
import { useCountryNames } from '@renderer/format/locale';
import { formatGain, formatScore } from '../format';

type Breakdown = SessionResults['byCountry'];

function GroupTable({
  id,
  title,
  breakdown,
  label,
}: {
  id: string;
  title: string;
  breakdown: Breakdown;
  label(key: string): string;
}) {
  const { t } = useTranslation('sessions');
  return (
    <div>
      <h4 id={id} className="ws-subtitle">
        {title}
      </h4>
      {breakdown.groups.length > 0 && (
        <div className="table-scroll ws-card">
          <table className="table table--compact ws-table" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('results.group')}</th>
                <th scope="col" className="table__number">
                  {t('results.groupN')}
                </th>
                <th scope="col" className="table__number">
                  {t('results.meanPre')}
                </th>
                <th scope="col" className="table__number">
                  {t('results.meanPost')}
                </th>
                <th scope="col" className="table__number">
                  {t('results.meanGain')}
                </th>
              </tr>
            </thead>
            <tbody>
              {breakdown.groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row" className="table__row-head">
                    {label(g.key)}
                  </th>
                  <td className="table__number">{g.n}</td>
                  <td className="table__number">{formatScore(g.meanPre)}</td>
                  <td className="table__number">{formatScore(g.meanPost)}</td>
                  <td className="table__number">{formatGain(g.meanGain)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {breakdown.hiddenParticipants > 0 && (
        <p className="muted">
          {t('results.groupsHidden', { count: breakdown.hiddenParticipants })}
        </p>
      )}
    </div>
  );
}

/** Gain on the matched pre/post items, and by country and gender where the register has them. */
export function GroupGains({ results }: { results: SessionResults }) {
  const { t } = useTranslation('sessions');
  const countries = useCountryNames();
  const m = results.matchedGain;
  // The core orders groups by code; the reader reads names, in their own alphabet.
  const byCountry = {
    ...results.byCountry,
    groups: countries.sort(results.byCountry.groups, (g) => g.key),
  };
  return (
    <section aria-labelledby="ws-groups-title" data-testid="group-gains">
      <h3 id="ws-groups-title" className="ws-subtitle">
        {t('results.groupsTitle')}
      </h3>
      <p className="section-intro">
        {m.items === 0
          ? t('results.matchedNone')
          : t('results.matchedGain', {
              count: m.items,
              gain: formatGain(m.meanGain),
              people: m.participantsWithBoth,
            })}
      </p>
      <GroupTable
        id="ws-by-country"
        title={t('results.byCountry')}
        breakdown={byCountry}
        label={countries.name}
      />
      <GroupTable
        id="ws-by-gender"
        title={t('results.byGender')}
        breakdown={results.byGender}
        label={(g) => t(`gender.${g as Gender}`)}
      />
    </section>
  );
}
