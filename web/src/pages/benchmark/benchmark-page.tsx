import { useDocumentTitle } from '../../components/document-title';
import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import { useQuery } from '../../api/use-query';
import { numberTicks } from '../../charts/axis-ticks';
import { PlotChart } from '../../charts/plot-chart';
import { DataTable } from '../../components/data-table';
import { DownloadLinks } from '../../components/download-links';
import { EmptyValues } from '../../components/empty-values';
import { CountryField, FilterForm, YearField } from '../../components/filter-fields';
import { QueryStatus } from '../../components/query-status';
import { BenchmarkDocument, type BenchmarkQuery, type Normalisation } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useUrlState } from '../../url-state';
import { formatWeighted, parseWeighted } from './weighted-indicators';

type Ranking = NonNullable<BenchmarkQuery['municipalityRanking']>;

function RankingChart({ ranking, country }: { ranking: Ranking; country: string }) {
  const i18n = useI18n();
  const ranked = ranking.entries.nodes.filter((entry) => entry.composite != null);
  const title = i18n.t('benchmark.chart');
  const bars = ranked.slice(0, 30).map((entry) => ({ name: entry.municipality.nameLocal, composite: entry.composite }));
  const draw = useCallback(
    (plot: typeof import('@observablehq/plot')) =>
      plot.plot({
        ariaLabel: title,
        marginLeft: 140,
        height: 20 * bars.length + 40,
        x: { grid: true, label: i18n.t('benchmark.composite'), tickFormat: numberTicks(i18n) },
        y: { label: null },
        marks: [plot.barX(bars, { x: 'composite', y: 'name', sort: { y: '-x' }, fill: '#2a6f97' }), plot.ruleX([0])],
      }),
    [JSON.stringify(bars), title],
  );
  const table = (
    <DataTable
      caption={i18n.t('benchmark.table')}
      columns={[
        { label: i18n.t('benchmark.rank'), numeric: true },
        { label: i18n.t('report.municipality') },
        { label: i18n.t('benchmark.composite'), numeric: true },
        { label: i18n.t('benchmark.percentile'), numeric: true },
        { label: i18n.t('benchmark.coverage'), numeric: true },
        { label: i18n.t('benchmark.missing') },
      ]}
      rows={ranking.entries.nodes.map((entry) => [
        entry.rank ?? '–',
        entry.municipality.code ? (
          <Link href={`/municipalities/${country}/${entry.municipality.code}`}>{entry.municipality.nameLocal}</Link>
        ) : (
          entry.municipality.nameLocal
        ),
        i18n.number(entry.composite),
        i18n.number(entry.percentile),
        `${entry.coverage.available}/${entry.coverage.requested}`,
        entry.scores
          .filter((score) => score.missing)
          .map((score) => score.indicator.nameEn)
          .join(', '),
      ])}
    />
  );
  if (!ranked.length) return table;
  return <PlotChart title={title} draw={draw} table={table} tableBelow />;
}

/** `/benchmark`: SCTM's benchmarking tool; the whole choice lives in the URL. */
export default function BenchmarkPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(t('benchmark.title'));
  const [choice, setChoice] = useUrlState({
    country: 'NO',
    year: String(new Date().getFullYear() - 1),
    indicators: '',
    normalisation: 'MIN_MAX',
  });
  const chosen = parseWeighted(choice.indicators);
  const [adding, setAdding] = useState('');
  const state = useQuery(BenchmarkDocument, {
    country: choice.country,
    year: Number(choice.year),
    indicators: chosen,
    normalisation: choice.normalisation as Normalisation,
    rank: chosen.length > 0,
  });
  const setChosen = (next: typeof chosen) => setChoice({ indicators: formatWeighted(next) });
  return (
    <>
      <h1>{t('benchmark.title')}</h1>
      <p>{t('benchmark.intro')}</p>
      <QueryStatus state={state}>
        {(data) => {
          const rankable = data.indicators.nodes.filter(
            (indicator) => indicator.direction !== 'NEUTRAL' && !chosen.some((item) => item.code === indicator.code),
          );
          const names = new Map(data.indicators.nodes.map((indicator) => [indicator.code, indicator.nameEn]));
          const ranking = data.municipalityRanking;
          return (
            <>
              <FilterForm>
                <CountryField
                  countries={data.countries}
                  value={choice.country}
                  onChange={(country) => setChoice({ country })}
                />
                <YearField value={choice.year} onChange={(year) => setChoice({ year })} />
                <label>
                  {t('benchmark.normalisation')}
                  <select
                    value={choice.normalisation}
                    onChange={(event) => setChoice({ normalisation: event.target.value })}
                  >
                    <option value="MIN_MAX">{t('benchmark.minMax')}</option>
                    <option value="Z_SCORE">{t('benchmark.zScore')}</option>
                  </select>
                </label>
              </FilterForm>
              <fieldset className="indicators">
                <legend>{t('benchmark.indicators')}</legend>
                {chosen.length ? (
                  <ul>
                    {chosen.map((item, index) => (
                      <li key={item.code}>
                        <label>
                          {names.get(item.code) ?? item.code} · {t('benchmark.weight')}{' '}
                          <input
                            type="number"
                            min={0}
                            step={0.5}
                            value={item.weight}
                            onChange={(event) =>
                              setChosen(
                                chosen.map((other, at) =>
                                  at === index ? { ...other, weight: Number(event.target.value) } : other,
                                ),
                              )
                            }
                          />
                        </label>{' '}
                        <button type="button" onClick={() => setChosen(chosen.filter((_, at) => at !== index))}>
                          {t('benchmark.remove', { indicator: names.get(item.code) ?? item.code })}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t('benchmark.choose')}</p>
                )}
                <label>
                  {t('benchmark.add')}{' '}
                  <select value={adding} onChange={(event) => setAdding(event.target.value)}>
                    <option value="">–</option>
                    {rankable.map((indicator) => (
                      <option key={indicator.code} value={indicator.code}>
                        {indicator.nameEn}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <button
                  type="button"
                  disabled={!adding}
                  onClick={() => {
                    setChosen([...chosen, { code: adding, weight: 1 }]);
                    setAdding('');
                  }}
                >
                  {t('benchmark.addButton')}
                </button>
              </fieldset>
              {ranking ? (
                <section aria-live="polite">
                  <p>{t('benchmark.summary', { ranked: ranking.rankedCount, count: ranking.municipalityCount })}</p>
                  {ranking.rankedCount === 0 ? <EmptyValues /> : null}
                  <RankingChart ranking={ranking} country={choice.country} />
                  <DownloadLinks table="benchmark-ranking" query={choice} />
                </section>
              ) : null}
            </>
          );
        }}
      </QueryStatus>
    </>
  );
}
