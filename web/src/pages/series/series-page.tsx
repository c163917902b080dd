import { useDocumentTitle } from '../../components/document-title';
import { useCallback } from 'react';
import { useQuery } from '../../api/use-query';
import { monthTicks, numberTicks } from '../../charts/axis-ticks';
import { PlotChart } from '../../charts/plot-chart';
import { DataTable } from '../../components/data-table';
import { DownloadLinks } from '../../components/download-links';
import { EmptyValues } from '../../components/empty-values';
import { indicatorValue } from '../../components/indicator-value';
import { FilterForm } from '../../components/filter-fields';
import { QueryStatus } from '../../components/query-status';
import { YearRangeInputs } from '../../components/year-range-inputs';
import { SeriesViewDocument, type PeriodType, type SeriesDimension, type SeriesViewQuery } from '../../graphql/graphql';
import { useI18n, type I18n } from '../../i18n/i18n';
import { useUrlState } from '../../url-state';

type Series = NonNullable<SeriesViewQuery['series']>;
type Point = Series['points'][number];

const PERIODS: PeriodType[] = ['YEAR', 'HALF_YEAR', 'QUARTER', 'CUSTOM'];
const DIMENSIONS: SeriesDimension[] = ['COUNTRY', 'REGION', 'MUNICIPALITY', 'PROGRAMME', 'SEX', 'ROLE'];

function groupOf(i18n: I18n, point: Point): string {
  if (point.sex) return i18n.t(`sex.${point.sex}`);
  if (point.role) return i18n.t(`personRole.${point.role}`);
  return (
    point.country?.nameEn ??
    point.region?.nameLocal ??
    point.municipality?.nameLocal ??
    point.programme?.nameEn ??
    i18n.t('series.all')
  );
}

function SeriesChart({ series, mark }: { series: Series; mark: string }) {
  const i18n = useI18n();
  const points = series.points
    .filter((point) => !point.empty)
    .map((point) => ({
      start: new Date(`${point.periodStart}T00:00:00Z`),
      group: groupOf(i18n, point),
      value: point.value,
    }));
  const title = i18n.t('series.chart', { indicator: series.indicator.nameEn });
  const draw = useCallback(
    (plot: typeof import('@observablehq/plot')) =>
      plot.plot({
        ariaLabel: title,
        marginLeft: 60,
        x: {
          type: mark === 'bar' ? 'band' : 'utc',
          label: i18n.t('chart.period'),
          tickFormat: mark === 'bar' ? (date: Date) => date.toISOString().slice(0, 7) : monthTicks(i18n),
        },
        y: { grid: true, label: i18n.t('chart.value'), zero: true, tickFormat: numberTicks(i18n) },
        color: { legend: true },
        marks:
          mark === 'bar'
            ? [plot.barY(points, { x: 'start', y: 'value', fill: 'group' })]
            : [
                plot.line(points, { x: 'start', y: 'value', stroke: 'group' }),
                plot.dot(points, { x: 'start', y: 'value', fill: 'group' }),
              ],
      }),
    [JSON.stringify(points), title, mark],
  );
  return (
    <PlotChart
      title={title}
      draw={draw}
      table={
        <DataTable
          caption={title}
          columns={[
            { label: i18n.t('chart.period') },
            { label: i18n.t('series.group') },
            { label: i18n.t('chart.value'), numeric: true },
            { label: i18n.t('series.observations'), numeric: true },
          ]}
          rows={series.points.map((point) => [
            `${i18n.date(point.periodStart)} – ${i18n.date(point.periodEnd)}`,
            groupOf(i18n, point),
            indicatorValue(i18n, series.indicator.unit, point.value),
            point.observationCount,
          ])}
        />
      }
    />
  );
}

/** `/series`: an indicator over time, grouped as chosen, as a line or bar chart and a table; the choice lives in the URL. */
export default function SeriesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(t('series.title'));
  const [choice, setChoice] = useUrlState({
    indicator: '',
    from: '2008',
    to: String(new Date().getFullYear()),
    period: 'YEAR',
    groupBy: '',
    chart: 'line',
  });
  const state = useQuery(SeriesViewDocument, {
    indicator: choice.indicator,
    from: `${choice.from}-01-01`,
    to: `${choice.to}-12-31`,
    period: choice.period as PeriodType,
    groupBy: choice.groupBy ? [choice.groupBy as SeriesDimension] : [],
    show: choice.indicator !== '',
  });
  return (
    <>
      <h1>{t('series.title')}</h1>
      <p>{t('series.intro')}</p>
      <QueryStatus state={state}>
        {(data) => (
          <>
            <FilterForm>
              <label>
                {t('series.indicator')}
                <select value={choice.indicator} onChange={(event) => setChoice({ indicator: event.target.value })}>
                  <option value="">–</option>
                  {data.indicators.nodes.map((indicator) => (
                    <option key={indicator.code} value={indicator.code}>
                      {indicator.nameEn}
                    </option>
                  ))}
                </select>
              </label>
              <YearRangeInputs from={choice.from} to={choice.to} onChange={setChoice} />
              <label>
                {t('series.period')}
                <select value={choice.period} onChange={(event) => setChoice({ period: event.target.value })}>
                  {PERIODS.map((period) => (
                    <option key={period} value={period}>
                      {t(`period.${period}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('series.groupBy')}
                <select value={choice.groupBy} onChange={(event) => setChoice({ groupBy: event.target.value })}>
                  <option value="">{t('series.noGrouping')}</option>
                  {DIMENSIONS.map((dimension) => (
                    <option key={dimension} value={dimension}>
                      {t(`dimension.${dimension}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('series.chartType')}
                <select value={choice.chart} onChange={(event) => setChoice({ chart: event.target.value })}>
                  <option value="line">{t('series.line')}</option>
                  <option value="bar">{t('series.bar')}</option>
                </select>
              </label>
            </FilterForm>
            {!data.series ? (
              <p>{t('series.choose')}</p>
            ) : data.series.points.every((point) => point.empty) ? (
              <EmptyValues />
            ) : (
              <>
                <SeriesChart series={data.series} mark={choice.chart} />
                <DownloadLinks
                  table="series"
                  query={{
                    indicator: choice.indicator,
                    from: choice.from,
                    to: choice.to,
                    period: choice.period,
                    groupBy: choice.groupBy,
                  }}
                />
              </>
            )}
          </>
        )}
      </QueryStatus>
    </>
  );
}
